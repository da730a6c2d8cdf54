package io.dandelion.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The interface language: chosen with {@code ?lang=xx} among {@code dandelion.ui.languages} and kept in a
 * cookie; before any choice, the browser's preferred language. Texts come from the message bundles under
 * {@code i18n/}; a language without a bundle falls back to English.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	private final List<String> languages;
	private final CookieLocaleResolver resolver = new CookieLocaleResolver("dandelion-language");

	LanguageConfiguration(@Value("${dandelion.ui.languages:en,fr}") List<String> languages) {
		this.languages = List.copyOf(languages);
		resolver.setDefaultLocaleFunction(request -> {
			Locale preferred = request.getLocale();
			return this.languages.contains(preferred.getLanguage()) ? Locale.forLanguageTag(preferred.getLanguage())
					: Locale.ENGLISH;
		});
	}

	@Bean
	LocaleResolver localeResolver() {
		return resolver;
	}

	@Bean
	UiLanguages uiLanguages() {
		return new UiLanguages(languages);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String wanted = request.getParameter("lang");
				if (wanted != null && languages.contains(wanted)) {
					resolver.setLocale(request, response, Locale.forLanguageTag(wanted));
				}
				return true;
			}
		});
	}
}
