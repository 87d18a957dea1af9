package app.heard.caserecord;

/**
 * The role a person holds in one case. The same person may hold different roles in
 * different cases.
 */
public enum CaseRole {

	PARENT_CARER, YOUNG_PERSON, ADVOCATE, DIAS_WORKER, CASE_COORDINATOR

}
