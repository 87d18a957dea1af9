/**
 * The statutory timetable of an EHC plan review, from the rules in the Children and
 * Families Act 2014 and the SEND Regulations 2014. Pure functions of dates: callers pass
 * "today" from an injected clock.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statutory dates")
package app.heard.statutory;
