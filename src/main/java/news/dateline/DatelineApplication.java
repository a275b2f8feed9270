package news.dateline;

import java.util.Arrays;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import news.dateline.archive.GenerateCommand;
import news.dateline.ingest.EvaluateCommand;
import news.dateline.ingest.ImportCommand;
import news.dateline.newsroom.CreateUserCommand;
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
        if (args.length > 0 && (ImportCommand.NAME.equals(args[0]) || EvaluateCommand.NAME.equals(args[0])
                || CreateUserCommand.NAME.equals(args[0]) || GenerateCommand.NAME.equals(args[0]))) {
            System.exit(runCommand(args, System.out));
        }
        SpringApplication.run(DatelineApplication.class, args);
    }

    /**
     * A command: the same application without its web server, logging to standard error.
     */
    static int runCommand(String[] args, java.io.PrintStream out) {
        SpringApplication application = new SpringApplication(DatelineApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setAdditionalProfiles("cli");
        application.setLogStartupInfo(false);
        // no search index: a command reads and writes PostgreSQL only, and the portal's
        // nodes read what it wrote
        application.setDefaultProperties(
                java.util.Map.of("dateline.scheduler.enabled", "false", "dateline.search.index.enabled", "false"));
        String[] springArgs = args;
        if (GenerateCommand.NAME.equals(args[0])) {
            // the generator fills an empty archive: no seed stories first
            springArgs = java.util.stream.Stream
                .concat(Arrays.stream(args), java.util.stream.Stream.of("--dateline.seeds.import-on-start=false"))
                .toArray(String[]::new);
        }
        try (ConfigurableApplicationContext context = application.run(springArgs)) {
            if (GenerateCommand.NAME.equals(args[0])) {
                return context.getBean(GenerateCommand.class).run(Arrays.asList(args), out, System.err);
            }
            if (CreateUserCommand.NAME.equals(args[0])) {
                return context.getBean(CreateUserCommand.class)
                    .run(Arrays.asList(args),
                            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out,
                            System.err);
            }
            if (EvaluateCommand.NAME.equals(args[0])) {
                return context.getBean(EvaluateCommand.class).run(Arrays.asList(args), out, System.err);
            }
            return context.getBean(ImportCommand.class).run(Arrays.asList(args), out, System.err);
        }
        catch (java.io.IOException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

}
