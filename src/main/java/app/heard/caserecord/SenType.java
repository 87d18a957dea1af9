package app.heard.caserecord;

import java.util.Arrays;
import java.util.Optional;

/**
 * The type of a child's special educational need, as the DfE's SEN2 return and the school
 * census code it (primary need and secondary need). The LA sends the code; the portal
 * shows it in plain words ({@code sen-type.<code>} in the translations).
 */
public enum SenType {

	/** Specific learning difficulty (dyslexia, dyscalculia, dyspraxia). */
	SPLD,
	/** Moderate learning difficulty. */
	MLD,
	/** Severe learning difficulty. */
	SLD,
	/** Profound and multiple learning difficulty. */
	PMLD,
	/** Social, emotional and mental health. */
	SEMH,
	/** Speech, language and communication needs. */
	SLCN,
	/** Hearing impairment. */
	HI,
	/** Vision impairment. */
	VI,
	/** Multi-sensory impairment. */
	MSI,
	/** Physical disability. */
	PD,
	/** Autistic spectrum disorder; "autism" to families. */
	ASD,
	/** Other difficulty or disability. */
	OTH;

	/**
	 * The type with this code, if it is one of the SEN2 codes (upper or lower case,
	 * spaces around ignored).
	 */
	public static Optional<SenType> ofCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.strip();
		return Arrays.stream(values()).filter(type -> type.name().equalsIgnoreCase(wanted)).findFirst();
	}

}
