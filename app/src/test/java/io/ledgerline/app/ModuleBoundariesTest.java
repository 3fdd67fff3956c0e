package io.ledgerline.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of docs/architecture.md: the three sides meet only through shared-api messages. */
@AnalyzeClasses(packages = "io.ledgerline", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule sharedApiIsAPureContract = classes().that().resideInAPackage("io.ledgerline.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.ledgerline.api..", "java..",
                    "org.axonframework.modelling.command..", "org.axonframework.serialization..")
            .because("shared-api depends on nothing but axon-modelling annotations");

    @ArchTest
    static final ArchRule commandSideStandsAlone = noClasses().that().resideInAPackage("io.ledgerline.command..")
            .should().dependOnClassesThat().resideInAnyPackage("io.ledgerline.query..", "io.ledgerline.reporting..",
                    "io.ledgerline.app..");

    @ArchTest
    static final ArchRule querySideStandsAlone = noClasses().that().resideInAPackage("io.ledgerline.query..")
            .should().dependOnClassesThat().resideInAnyPackage("io.ledgerline.command..", "io.ledgerline.reporting..",
                    "io.ledgerline.app..");

    @ArchTest
    static final ArchRule reportingStandsAlone = noClasses().that().resideInAPackage("io.ledgerline.reporting..")
            .should().dependOnClassesThat().resideInAnyPackage("io.ledgerline.command..", "io.ledgerline.query..",
                    "io.ledgerline.app..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule commandSideHasNoWebLayer = noClasses().that().resideInAPackage("io.ledgerline.command..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.graphql..");
}
