package io.dandelion.sites.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Brand tokens of a blueprint: logo, colours (hex) and font stacks. */
public record Brand(String logoUrl, String primaryColour, String textColour, String backgroundColour, String headingFont,
		String bodyFont) {

	private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
	private static final Pattern FONT = Pattern.compile("[\\p{L}0-9 ,'\"-]{1,200}");

	/** WCAG 2.1 AA minimum for body text. */
	static final double TEXT_CONTRAST = 4.5;
	/** WCAG 2.1 AA minimum for large text and interface elements (links, buttons in the primary colour). */
	static final double UI_CONTRAST = 3.0;

	List<String> problems() {
		var problems = new ArrayList<String>();
		if (logoUrl == null || !(logoUrl.startsWith("https://") || logoUrl.startsWith("/"))) {
			problems.add("brand logo must be an https:// URL or a path starting with /");
		}
		boolean coloursValid = true;
		for (var colour : List.of(new String[] { "primary colour", primaryColour },
				new String[] { "text colour", textColour }, new String[] { "background colour", backgroundColour })) {
			if (colour[1] == null || !HEX.matcher(colour[1]).matches()) {
				problems.add("brand " + colour[0] + " must be a hex colour like #1a2b3c, not " + colour[1]);
				coloursValid = false;
			}
		}
		if (coloursValid) {
			double text = contrast(textColour, backgroundColour);
			if (text < TEXT_CONTRAST) {
				problems.add(String.format(Locale.ROOT,
						"text colour on background has contrast %.2f:1, below the %.1f:1 that body text needs", text,
						TEXT_CONTRAST));
			}
			double primary = contrast(primaryColour, backgroundColour);
			if (primary < UI_CONTRAST) {
				problems.add(String.format(Locale.ROOT,
						"primary colour on background has contrast %.2f:1, below the %.1f:1 that links need", primary,
						UI_CONTRAST));
			}
		}
		for (var font : List.of(headingFont, bodyFont)) {
			if (font == null || !FONT.matcher(font).matches()) {
				problems.add("font stacks may contain letters, digits, spaces, commas, quotes and hyphens only");
			}
		}
		return problems;
	}

	/** The WCAG contrast ratio of two hex colours, from 1 (same) to 21 (black on white). */
	static double contrast(String a, String b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(String hex) {
		String digits = hex.substring(1);
		if (digits.length() == 3) {
			digits = digits.replaceAll("(.)", "$1$1");
		}
		int rgb = Integer.parseInt(digits, 16);
		return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
	}

	private static double channel(int value) {
		double c = value / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}
}
