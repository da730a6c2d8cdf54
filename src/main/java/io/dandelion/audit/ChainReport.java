package io.dandelion.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the whole chain: how many entries were checked and, if the chain is broken, the
 * first entry that does not hold together with what precedes it, and why.
 */
public record ChainReport(long entriesChecked, @Nullable Long brokenAt, @Nullable String reason) {

	static ChainReport intact(long checked) {
		return new ChainReport(checked, null, null);
	}

	static ChainReport broken(long checked, long sequence, String reason) {
		return new ChainReport(checked, sequence, reason);
	}

	public boolean isIntact() {
		return brokenAt == null;
	}
}
