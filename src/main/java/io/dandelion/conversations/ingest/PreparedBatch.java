package io.dandelion.conversations.ingest;

import io.dandelion.channels.InboundItem;
import io.dandelion.conversations.ConversationKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A batch reduced to the rows it writes: distinct authors, distinct thread roots and distinct
 * messages, each sorted by its unique key so that concurrent batches insert (and so lock) keys in the
 * same order and cannot deadlock one another.
 */
record PreparedBatch(Collection<InboundItem.Author> authors, Collection<Thread> threads, List<Item> items) {

	/** One thread root of the batch, with the kind and time span of the batch's items in it. */
	record Thread(String root, ConversationKind kind, Instant first, Instant last) {

		Thread including(InboundItem item) {
			return new Thread(root, kind, min(first, item.createdAt()), max(last, item.createdAt()));
		}
	}

	/** An item with the root of the thread it belongs to. */
	record Item(InboundItem item, String root) {
	}

	static PreparedBatch of(List<InboundItem> items) {
		Map<String, InboundItem> distinct = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			InboundItem item = ItemRules.checked(items.get(i), i);
			distinct.putIfAbsent(item.externalId(), item);
		}
		var authors = new TreeMap<String, InboundItem.Author>();
		var threads = new TreeMap<String, Thread>();
		var sorted = new ArrayList<Item>(distinct.size());
		for (InboundItem item : new TreeMap<>(distinct).values()) {
			String root = rootOf(item);
			authors.putIfAbsent(item.author().externalId(), item.author());
			threads.merge(root, new Thread(root, ConversationKind.of(item.kind()), item.createdAt(), item.createdAt()),
					(known, added) -> known.including(item));
			sorted.add(new Item(item, root));
		}
		return new PreparedBatch(authors.values(), threads.values(), sorted);
	}

	/**
	 * The thread an item belongs to, from the item alone so that it does not depend on which items
	 * arrived before: the thread root it names, else the item it answers, else the item itself (a post,
	 * a first message). Connectors name the root of nested replies, as every platform reports it.
	 */
	static String rootOf(InboundItem item) {
		if (item.threadExternalId() != null) {
			return item.threadExternalId();
		}
		return item.parentExternalId() != null ? item.parentExternalId() : item.externalId();
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}
}
