package io.dandelion.channels.platforms;

import io.dandelion.channels.InboundItem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What one poll fetched, oldest first, and the cursor to poll from next time. */
public record Poll(List<InboundItem> items, @Nullable String cursor) {

	public Poll {
		items = List.copyOf(items);
	}
}
