package io.dandelion.sites.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The demo's brand blueprint, "Acme brand": every required page pre-written in English and French. */
final class AcmeBlueprint {

	static final String NAME = "Acme brand";

	private AcmeBlueprint() {
	}

	static BlueprintDefinition v1() {
		var brand = new Brand("/" + SiteRenderer.LOGO, "#0b5cad", "#1d2430", "#ffffff",
				"Georgia, serif", "system-ui, sans-serif");
		var regions = List.of(
				new BlueprintDefinition.Region("header", RegionMode.LOCKED,
						texts("**Acme** — one brand, every country", "**Acme** — une marque, chaque pays")),
				new BlueprintDefinition.Region("announcement", RegionMode.OVERRIDABLE,
						texts("Welcome to Acme.", "Bienvenue chez Acme.")),
				new BlueprintDefinition.Region("footer", RegionMode.LOCKED,
						texts("### Acme\n\n[Legal notice](/en/legal-notice/) · [Privacy](/en/privacy/) · [Cookies](/en/cookies/) · [Accessibility](/en/accessibility/)\n\n© Acme Group",
								"### Acme\n\n[Mentions légales](/fr/legal-notice/) · [Confidentialité](/fr/privacy/) · [Cookies](/fr/cookies/) · [Accessibilité](/fr/accessibility/)\n\n© Groupe Acme")));
		var pages = List.of(
				page("home", RegionMode.LOCAL, false, "Home", "Accueil",
						"## Welcome\n\nThis is the local site of Acme. Tell visitors what you offer here.\n\n{{social-feed}}\n\n## Talk to us\n\n{{comments}}",
						"## Bienvenue\n\nVoici le site local d'Acme. Dites aux visiteurs ce que vous proposez.\n\n{{social-feed}}\n\n## Parlons-en\n\n{{comments}}"),
				page("legal-notice", RegionMode.LOCKED, true, "Legal notice", "Mentions légales",
						"## Publisher\n\nAcme Group SA, 1 Example Square, Paris. Registered under RCS 000 000 000.",
						"## Éditeur\n\nAcme Group SA, 1 place Exemple, Paris. RCS 000 000 000."),
				page("privacy", RegionMode.LOCKED, true, "Privacy", "Confidentialité",
						"## Your data\n\nWe process the data you give us only to answer you. Contact privacy@acme.example.",
						"## Vos données\n\nNous traitons vos données uniquement pour vous répondre. Contact : privacy@acme.example."),
				page("cookies", RegionMode.LOCKED, true, "Cookies", "Cookies",
						"## Cookies\n\nThis site sets no tracking cookies.", "## Cookies\n\nCe site ne dépose aucun cookie de suivi."),
				page("accessibility", RegionMode.OVERRIDABLE, true, "Accessibility", "Accessibilité",
						"## Accessibility statement\n\nThis site aims to meet WCAG 2.1 AA. Tell us about any barrier via the contact page.",
						"## Déclaration d'accessibilité\n\nCe site vise le niveau AA du RGAA. Signalez-nous toute difficulté via la page contact."),
				page("contact", RegionMode.OVERRIDABLE, true, "Contact", "Contact",
						"## Contact us\n\nWrite to hello@acme.example.", "## Nous contacter\n\nÉcrivez à hello@acme.example."));
		return new BlueprintDefinition(brand, regions, pages, Set.of("comments", "social-feed"), false,
				EnumSet.of(CheckName.REQUIRED_PAGES, CheckName.SAFE_HTML));
	}

	private static BlueprintDefinition.PageTemplate page(String slug, RegionMode mode, boolean required, String en,
			String fr, String enBody, String frBody) {
		return new BlueprintDefinition.PageTemplate(slug, mode, required, texts(en, fr), texts(enBody, frBody));
	}

	private static Map<String, String> texts(String en, String fr) {
		var texts = new LinkedHashMap<String, String>();
		texts.put("en", en);
		texts.put("fr", fr);
		return texts;
	}
}
