package io.dandelion.sites.internal;

import java.util.List;

/**
 * The result of one compliance check on one site. Findings in what only the hub can change (locked
 * regions, locked legal texts) are reported to the hub and never block the site's editors.
 */
public record CheckOutcome(CheckName check, Status status, List<Finding> findings) {

	public CheckOutcome {
		findings = List.copyOf(findings);
	}

	/** PASS: nothing found. WARN: findings, publishing goes on. BLOCK: the hub made this check block publishing. */
	public enum Status {
		PASS, WARN, BLOCK
	}

	/** One thing found, where, and whether the hub (rather than the site's editors) must fix it. */
	public record Finding(String where, String locale, String message, boolean hubOwned) {
	}

	static CheckOutcome of(CheckName check, List<Finding> findings, boolean blocking) {
		boolean editorFindings = findings.stream().anyMatch(f -> !f.hubOwned());
		Status status = findings.isEmpty() ? Status.PASS : blocking && editorFindings ? Status.BLOCK : Status.WARN;
		return new CheckOutcome(check, status, findings);
	}
}
