package io.dandelion.conversations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a thread's messages in reading order: depth first, each reply right after the message it
 * answers, siblings by time. A message whose parent is not (yet) stored starts a branch of its own.
 */
final class ThreadOrder {

	private ThreadOrder() {
	}

	/** @param byTime the thread's messages, oldest first */
	static List<ConversationThread.Entry> of(List<ConversationThread.Entry> byTime) {
		Map<String, ConversationThread.Entry> known = new HashMap<>();
		byTime.forEach(entry -> known.put(entry.externalId(), entry));
		Map<String, List<ConversationThread.Entry>> replies = new HashMap<>();
		List<ConversationThread.Entry> starts = new ArrayList<>();
		for (var entry : byTime) {
			String parent = entry.parentExternalId();
			if (parent == null || parent.equals(entry.externalId()) || !known.containsKey(parent)) {
				starts.add(entry);
			}
			else {
				replies.computeIfAbsent(parent, p -> new ArrayList<>()).add(entry);
			}
		}
		List<ConversationThread.Entry> ordered = new ArrayList<>(byTime.size());
		var pending = new ArrayList<ConversationThread.Entry>();
		for (int i = starts.size() - 1; i >= 0; i--) {
			pending.add(starts.get(i));
		}
		// an explicit stack instead of recursion: threads can be thousands of replies deep
		while (!pending.isEmpty()) {
			var entry = pending.remove(pending.size() - 1);
			ordered.add(entry);
			var children = replies.getOrDefault(entry.externalId(), List.of());
			for (int i = children.size() - 1; i >= 0; i--) {
				pending.add(children.get(i).at(entry.depth() + 1));
			}
		}
		if (ordered.size() < byTime.size()) {
			// replies that answer each other in a circle (a platform's bad data) are shown, unthreaded, at the end
			var shown = new java.util.HashSet<>(ordered.stream().map(ConversationThread.Entry::id).toList());
			byTime.stream().filter(entry -> !shown.contains(entry.id())).forEach(ordered::add);
		}
		return ordered;
	}
}
