package app.heard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import app.heard.attachments.SentFiles;
import app.heard.caserecord.CaseRecordImporter;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

class ArchitectureTest {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("app.heard");

	@Test
	void views_never_touch_repositories() {
		noClasses().that()
			.areAnnotatedWith(Route.class)
			.or()
			.resideInAPackage("..ui..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.check(MAIN);
	}

	@Test
	void repositories_are_used_only_by_transactional_services_of_their_own_feature() {
		var transactional = DescribedPredicate.<JavaClass>describe("are transactional",
				type -> type.isAnnotatedWith(Transactional.class)
						|| type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(Transactional.class)));
		classes().that()
			.areAssignableTo(Repository.class)
			.should()
			.onlyHaveDependentClassesThat(transactional.or(JavaClass.Predicates.assignableTo(Repository.class)))
			.check(MAIN);
	}

	@Test
	void features_have_no_cycles() {
		slices().matching("app.heard.(*)..").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void case_data_reaches_pages_only_through_the_access_checked_service() {
		noClasses().that()
			.resideInAPackage("..ui..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(CaseRecordImporter.class)
			.orShould()
			.dependOnClassesThat()
			.resideInAPackage("app.heard.caserecord.internal..")
			.check(MAIN);
	}

	@Test
	void what_submissions_carried_reaches_pages_only_through_the_access_checked_slot() {
		// SentFiles checks no person: it is the LA sync's (docs/decisions/0019)
		noClasses().that()
			.resideInAPackage("..ui..")
			.or()
			.areAnnotatedWith(Route.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(SentFiles.class)
			.check(MAIN);
	}

	@Test
	void time_comes_from_the_injected_clock() {
		noClasses().should()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.orShould()
			.callMethod(ZonedDateTime.class, "now")
			.check(MAIN);
	}

	/**
	 * FFmpeg's libraries are only ever run as separate processes (docs/decisions/0007).
	 */
	@Test
	void untrusted_media_is_never_decoded_by_native_code_inside_the_jvm() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.bytedeco.javacv..", "org.bytedeco.ffmpeg.global..",
					"org.bytedeco.ffmpeg.avcodec..", "org.bytedeco.ffmpeg.avformat..", "org.bytedeco.ffmpeg.avfilter..",
					"org.bytedeco.ffmpeg.avutil..", "org.bytedeco.ffmpeg.swscale..", "org.bytedeco.ffmpeg.swresample..",
					"org.bytedeco.ffmpeg.avdevice..")
			.check(MAIN);
		noClasses().that()
			.resideOutsideOfPackage("app.heard.media.internal..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.bytedeco..")
			.check(MAIN);
	}

}
