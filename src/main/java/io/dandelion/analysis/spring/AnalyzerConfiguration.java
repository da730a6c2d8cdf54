package io.dandelion.analysis.spring;

import io.dandelion.analysis.Analyzer;
import io.dandelion.analysis.TextAnalyzer;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's analyser: it chooses among the languages of the organisation's units (read from the cached
 * unit tree, so new units count at once) and those of {@code dandelion.analysis.languages}.
 */
@Configuration(proxyBeanMethods = false)
class AnalyzerConfiguration {

	@Bean
	Analyzer analyzer(Units units, @Value("${dandelion.analysis.languages:}") List<String> configured) {
		Set<String> extra = Set.copyOf(configured.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
		return TextAnalyzer.forLanguages(() -> languagesOf(units, extra));
	}

	/** Once the application is ready, the configured languages' models load in the background: the first message does not wait. */
	@Bean
	ApplicationListener<ApplicationReadyEvent> analyzerPreparation(Analyzer analyzer) {
		return event -> {
			if (analyzer instanceof TextAnalyzer text) {
				Thread loading = new Thread(text::prepare, "analysis-models");
				loading.setDaemon(true);
				loading.start();
			}
		};
	}

	static Set<String> languagesOf(Units units, Set<String> extra) {
		Set<String> languages = new LinkedHashSet<>(extra);
		units.root().ifPresent(root -> units.subtree(root.id()).stream().map(UnitSummary::languages).forEach(languages::addAll));
		return languages;
	}
}
