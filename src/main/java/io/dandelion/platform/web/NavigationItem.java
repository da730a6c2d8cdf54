package io.dandelion.platform.web;

import io.dandelion.organisation.Permission;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the main navigation, contributed by a module as a bean. It is shown to callers who
 * hold {@code permission} on at least one unit (always, when the permission is null). Its label is read
 * for each page, so a module can give it in the request's language (e.g. from its {@link PageTexts}).
 */
public record NavigationItem(Supplier<String> text, String path, int order, @Nullable Permission permission) {

	/** An entry whose label is the same in every language. */
	public NavigationItem(String label, String path, int order, @Nullable Permission permission) {
		this(() -> label, path, order, permission);
	}

	/** The label in the current request's language. */
	public String label() {
		return text.get();
	}
}
