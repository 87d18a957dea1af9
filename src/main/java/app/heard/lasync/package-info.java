/**
 * Sync with the LA's case record, through the portal's open contract
 * ({@code src/main/resources/static/api/la-sync-v1.yaml}, docs/decisions/0016). In: the
 * LA's case snapshots, pulled from its changes feed or pushed to the portal signed with a
 * shared secret, applied by version through
 * {@link app.heard.caserecord.CaseRecordImporter}. Out: what families send (views,
 * draft-plan comments) and access changes, written to an outbox in the transaction that
 * made them and delivered exactly once per message id, in order per case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "LA sync")
package app.heard.lasync;
