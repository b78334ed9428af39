package cn.court.crossexec.disposal;

import java.time.OffsetDateTime;

/**
 * An objection window open now, as the managers' statistics list it: the reference-price objection period of a priced
 * asset (disposal) or a window of a served distribution plan (objection, counter-objection, lawsuit).
 *
 * @param subjectId the disposal's or the distribution's id
 * @param what what may be objected to, in Chinese
 * @param closesAt when the window closes (24:00 court time of its last day)
 */
public record ObjectionWindow(String caseId, String subjectId, String what, OffsetDateTime closesAt) {}
