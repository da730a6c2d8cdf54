package io.dandelion.analytics;

/** A count and its share of the report's total, in percent (language mix, actions by reason). */
public record ShareRow(String key, String label, long count, double percent) {
}
