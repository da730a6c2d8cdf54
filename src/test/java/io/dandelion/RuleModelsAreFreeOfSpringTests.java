package io.dandelion;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rule-heavy modules keep their model (the module's top-level package) free of Spring and JDBC. */
class RuleModelsAreFreeOfSpringTests {

	final com.tngtech.archunit.core.domain.JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.dandelion");

	@Test
	void moderationAndRoutingModelsDependOnNoFramework() {
		noClasses().that()
			.resideInAnyPackage("io.dandelion.moderation", "io.dandelion.routing")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
			.allowEmptyShould(true)
			.check(classes);
	}

	@Test
	void analysisModelDependsOnNoFramework() {
		noClasses().that()
			.resideInAPackage("io.dandelion.analysis")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "io.dandelion.organisation..")
			.check(classes);
	}
}
