package app.heard;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(HeardApplication.class);

	@Test
	void features_only_use_each_others_published_api_and_have_no_cycles() {
		modules.verify();
	}

}
