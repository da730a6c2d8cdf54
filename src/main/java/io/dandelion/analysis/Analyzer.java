package io.dandelion.analysis;

import java.util.List;

/**
 * Analyses texts. Thread-safe; implementations are free of Spring and of the database so that the
 * {@code analyze} command runs without either.
 */
public interface Analyzer {

	Analysis analyze(TextToAnalyse text);

	/** Analyses a batch; the answers are in the order of the inputs. */
	default List<Analysis> analyzeAll(List<TextToAnalyse> texts) {
		return texts.stream().map(this::analyze).toList();
	}
}
