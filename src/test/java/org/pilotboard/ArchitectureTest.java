package org.pilotboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the house, checked on the compiled main classes: features depend on each
 * other in one direction only, and talk through services, never through another feature's REST resource.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pilotboard");
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.pilotboard.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void resourcesAreUsedOnlyInsideTheirFeature() {
        classes()
                .that()
                .resideInAPackage("org.pilotboard..")
                .and()
                .haveSimpleNameEndingWith("Resource")
                .should(beUsedOnlyFromTheirOwnFeature())
                .check(main);
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnFeature() {
        return new ArchCondition<>("be used only from their own feature package") {
            @Override
            public void check(JavaClass resource, ConditionEvents events) {
                String feature = feature(resource);
                for (Dependency dependency : resource.getDirectDependenciesToSelf()) {
                    if (!feature.equals(feature(dependency.getOriginClass()))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The first package below org.pilotboard: the feature a class belongs to. */
    private static String feature(JavaClass type) {
        String rest = type.getPackageName().substring("org.pilotboard".length());
        if (rest.startsWith(".")) {
            rest = rest.substring(1);
        }
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
