package io.dandelion.organisation;

/** How well a member speaks a language; routing prefers higher levels. */
public enum LanguageLevel {
	BASIC, WORKING, FLUENT, NATIVE;

	/** Whether a member at this level may answer customers in the language. */
	public boolean answersCustomers() {
		return compareTo(WORKING) >= 0;
	}
}
