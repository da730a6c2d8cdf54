package io.dandelion.workspace.conversation;

import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.conversations.ConversationThread;
import io.dandelion.channels.InboundItem;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberAccount;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Prepares a saved reply for one conversation: the customer's language first (as analysis found it),
 * then the unit's languages, then English; placeholders filled with the customer's first name (left
 * empty for callers who see personal data masked), the agent's name and the account's handle.
 */
@Component
class Composer {

	private final Units units;
	private final MemberDirectory members;
	private final ObjectProvider<Channels> channels;

	Composer(Units units, MemberDirectory members, ObjectProvider<Channels> channels) {
		this.units = units;
		this.members = members;
		this.channels = channels;
	}

	/** The languages to look for in a saved reply, best first. */
	List<String> languages(ConversationThread thread) {
		List<String> languages = new ArrayList<>();
		var conversation = thread.conversation();
		if (conversation.language() != null) {
			languages.add(conversation.language());
		}
		units.find(conversation.unit()).map(UnitSummary::languages).ifPresent(languages::addAll);
		languages.add("en");
		return languages.stream().distinct().toList();
	}

	String fill(AccessScope scope, ConversationThread thread, SavedReply reply) {
		String language = reply.languageFor(languages(thread));
		return reply.fill(language, Map.of("name", scope.masksPersonalData() ? "" : customerName(thread), "agent",
				agentName(scope), "brand", brand(thread)));
	}

	private static String customerName(ConversationThread thread) {
		return thread.messages()
			.stream()
			.filter(m -> m.direction() == InboundItem.Direction.INBOUND)
			.max(Comparator.comparing(ConversationThread.Entry::createdAt))
			.map(m -> {
				var author = m.author();
				String name = author.displayName() != null && !author.displayName().isBlank() ? author.displayName()
						: author.handle();
				return name == null ? "" : name.trim().split("\\s+")[0];
			})
			.orElse("");
	}

	private String agentName(AccessScope scope) {
		return members.findByUsername(scope.actor()).map(MemberAccount::displayName).orElse(scope.actor());
	}

	private String brand(ConversationThread thread) {
		return Optional.ofNullable(channels.getIfAvailable())
			.flatMap(directory -> directory.find(thread.conversation().channel()))
			.map(ChannelSummary::handle)
			.orElse("");
	}
}
