package io.dandelion.workspace.conversation;

import io.dandelion.organisation.DemoOrganisationSeeded;
import io.dandelion.organisation.MemberDirectory;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Gives the demo group a few saved replies in its languages, once, when the demo organisation is seeded. */
@Component
class DemoSavedReplies {

	private final SavedReplies replies;
	private final MemberDirectory members;

	DemoSavedReplies(SavedReplies replies, MemberDirectory members) {
		this.replies = replies;
		this.members = members;
	}

	@EventListener
	void on(DemoOrganisationSeeded seeded) {
		var system = members.system();
		replies.create(system, seeded.group(), "Thanks, we are on it", Map.of(
				"en", "Hello {name}, thank you for your message. We are looking into it and will get back to you shortly. {agent}, {brand}",
				"fr", "Bonjour {name}, merci pour votre message. Nous regardons cela et revenons vers vous très vite. {agent}, {brand}",
				"es", "Hola {name}, gracias por tu mensaje. Lo estamos revisando y te respondemos enseguida. {agent}, {brand}",
				"de", "Hallo {name}, danke für Ihre Nachricht. Wir sehen uns das an und melden uns in Kürze. {agent}, {brand}",
				"nl", "Hallo {name}, bedankt voor je bericht. We bekijken het en komen snel bij je terug. {agent}, {brand}",
				"ar", "مرحبا {name}، شكرا على رسالتك. نحن نتابع الأمر وسنعود إليك قريبا. {agent}، {brand}"));
		replies.create(system, seeded.group(), "Please send us a private message", Map.of(
				"en", "Hello {name}, so that we can check your account, please send us a private message with your customer number. Never share it publicly.",
				"fr", "Bonjour {name}, pour vérifier votre compte, envoyez-nous un message privé avec votre numéro client. Ne le partagez jamais publiquement.",
				"es", "Hola {name}, para revisar tu cuenta, envíanos un mensaje privado con tu número de cliente. No lo compartas nunca en público.",
				"de", "Hallo {name}, damit wir Ihr Konto prüfen können, schicken Sie uns bitte eine Direktnachricht mit Ihrer Kundennummer. Teilen Sie sie nie öffentlich.",
				"nl", "Hallo {name}, stuur ons een privébericht met je klantnummer, zodat we je account kunnen bekijken. Deel het nooit openbaar."));
		replies.create(system, seeded.group(), "Known outage", Map.of(
				"en", "Hello {name}, we know about the outage in your area and our technicians are working on it. Sorry for the trouble.",
				"fr", "Bonjour {name}, nous avons connaissance de la panne dans votre secteur et nos techniciens y travaillent. Désolés pour la gêne.",
				"es", "Hola {name}, conocemos la avería en tu zona y nuestros técnicos ya están trabajando en ella. Perdona las molestias.",
				"de", "Hallo {name}, die Störung in Ihrer Region ist uns bekannt und unsere Techniker arbeiten daran. Entschuldigen Sie die Unannehmlichkeiten."));
	}
}
