package app.heard;

import app.heard.identity.internal.TestSignIn;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole portal on a random port, on a throwaway real PostgreSQL (and upload folder)
 * and a real OIDC provider, with the demo accounts and cases. Security is on, as in
 * production. Tests with the same properties share one running application. Its clock is
 * the real time unless a test moves it ({@link TestClock}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "heard.embedded.postgres.data-directory=", "heard.upload.directory=",
				"heard.attachments.directory=", "heard.embedded.idp.port=0", "heard.la-reference.port=0",
				"management.server.port=0" })
@ActiveProfiles({ "embedded", "demo" })
@Import({ TestSignIn.class, TestClock.Config.class })
public @interface IntegrationTest {

}
