package news.dateline;

import java.util.Arrays;
import news.dateline.ingest.ImportCommand;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DatelineApplication {

    public static void main(String[] args) {
        if (args.length > 0 && ImportCommand.NAME.equals(args[0])) {
            System.exit(runImport(args));
        }
        SpringApplication.run(DatelineApplication.class, args);
    }

    /** The import command: the same application without its web server, logging to standard error. */
    private static int runImport(String[] args) {
        SpringApplication application = new SpringApplication(DatelineApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setAdditionalProfiles("cli");
        application.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = application.run(args)) {
            return context.getBean(ImportCommand.class).run(Arrays.asList(args), System.out, System.err);
        }
    }
}
