package io.dandelion.analytics;

/** A duration that reports measure per conversation. */
public enum Metric {
	/** From the customer's first message to the organisation's first answer after it. */
	FIRST_RESPONSE,
	/** From the first customer message of a cycle to the conversation's resolution (a new message starts a new cycle). */
	RESOLUTION
}
