package app.heard.upload.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.IntegrationTest;
import app.heard.SignedInHttp;
import app.heard.TestCases;
import app.heard.caserecord.CaseAccessService;
import app.heard.caserecord.CaseAccessService.Access;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.HandoverCase;
import app.heard.caserecord.ParentAccess;
import app.heard.caserecord.YoungPersonHandover;
import app.heard.identity.internal.TestSignIn;
import app.heard.upload.Tus;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every chunk of an upload is checked as the first was: a PATCH from someone whose access
 * ended, or who may no longer record those views, is refused, and not one more byte is
 * written or counted.
 */
@IntegrationTest
class ChunkRecheckIntegrationTest {

	private static final byte[] HALF = filled(500, (byte) 'a');

	@LocalServerPort
	int port;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	CaseAccessService access;

	@Autowired
	YoungPersonHandover handover;

	@Autowired
	TestSignIn signIn;

	@Autowired
	UploadRepository uploads;

	@Autowired
	UploadFiles files;

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void a_chunk_after_the_co_ordinator_ended_the_persons_access_is_refused_and_nothing_more_is_written()
			throws Exception {
		var kim = TestCases.create(importer, signIn, "Kim", LocalDate.now().minusYears(11));
		var parent = new Tus(SignedInHttp.as(kim.parents().getFirst(), port));
		String location = Tus.location(parent.create(kim.id(), "our-views", "our-hopes", 1000));
		assertThat(parent.patch(location, 0, HALF).statusCode()).isEqualTo(204);

		signIn.as(kim.coordinator());
		Access parentA = access.whoHasAccess(kim.id())
			.stream()
			.filter(a -> a.displayName().equals("Parent A Kim"))
			.findFirst()
			.orElseThrow();
		access.endAccess(kim.id(), parentA.involvementId());

		assertThat(parent.patch(location, 500, HALF).statusCode()).isIn(403, 404);
		assertOnlyTheFirstHalfArrived(location);
	}

	@Test
	void a_chunk_after_a_young_person_made_the_parent_see_only_is_refused_and_nothing_more_is_written()
			throws Exception {
		var kase = HandoverCase.pastSchoolAge(importer, signIn);
		var mum = new Tus(SignedInHttp.as(kase.mum(), port));
		String location = Tus.location(mum.create(kase.id(), "our-views", "our-hopes", 1000));
		assertThat(mum.patch(location, 0, HALF).statusCode()).isEqualTo(204);

		signIn.as(kase.youngPerson());
		var mumsChoice = handover.choices(kase.id())
			.parents()
			.stream()
			.filter(p -> p.name().startsWith("Mum "))
			.findFirst()
			.orElseThrow();
		handover.choose(kase.id(), mumsChoice.parent(), ParentAccess.SEE_ONLY);

		// Still linked to the case, so only the check of what she may record stops it
		assertThat(mum.patch(location, 500, HALF).statusCode()).isEqualTo(403);
		assertOnlyTheFirstHalfArrived(location);
	}

	private void assertOnlyTheFirstHalfArrived(String location) throws Exception {
		var id = Tus.idOf(location).value();
		assertThat(uploads.findById(id).orElseThrow().snapshot().offset()).isEqualTo(500);
		assertThat(Files.size(files.pathOf(id))).isEqualTo(500);
	}

	private static byte[] filled(int length, byte value) {
		byte[] bytes = new byte[length];
		Arrays.fill(bytes, value);
		return bytes;
	}

}
