package news.dateline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** The layering rules of docs/architecture.md, kept by the build. */
@AnalyzeClasses(packages = "news.dateline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule controllersNeverTouchRepositories = noClasses().that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(Repository.class)
        .because("controllers call services; services own transactions");

    @ArchTest
    static final ArchRule controllersNeverSeeEntities = noClasses().that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(Entity.class)
        .because("templates get view records, never entities");

    @ArchTest
    static final ArchRule entitiesStayInsideTheirFeature = classes().that()
        .areAnnotatedWith(Entity.class)
        .should()
        .notBePublic()
        .because("an aggregate is changed only through its feature's service");

    @ArchTest
    static final ArchRule repositoriesStayInsideTheirFeature = classes().that()
        .areAssignableTo(Repository.class)
        .should()
        .notBePublic();

    @ArchTest
    static final ArchRule controllersOpenNoTransaction = noMethods().that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Controller.class)
        .should()
        .beAnnotatedWith(Transactional.class)
        .because("a service's failure inside a controller's transaction marks it rollback-only, and the page "
                + "that should show the editor's mistake fails instead");

    @ArchTest
    static final ArchRule controllersLiveInWebPackages = classes().that()
        .areAnnotatedWith(Controller.class)
        .should()
        .resideInAPackage("..web..");

}
