package io.dandelion.channels.ingest;

import io.dandelion.support.Gen;
import io.dandelion.support.Hostile;
import java.util.List;

/** Ingest deliveries for the fuzz tests: items whose fields are valid or hostile, as NDJSON or an array, then spoilt. */
public final class FuzzItems {

	/** Field name and a valid JSON value. */
	static final List<String[]> FIELDS = List.of(new String[] { "id", "\"c1\"" },
			new String[] { "author", "{\"id\":\"u1\",\"handle\":\"@ana\",\"name\":\"Ana\"}" },
			new String[] { "text", "\"Where is my parcel?\"" }, new String[] { "createdAt", "\"2026-12-03T10:15:30Z\"" },
			new String[] { "thread", "\"p1\"" }, new String[] { "parent", "\"c0\"" }, new String[] { "kind", "\"comment\"" },
			new String[] { "direction", "\"INBOUND\"" },
			new String[] { "attachments", "[{\"type\":\"image\",\"url\":\"https://x.test/a.png\",\"size\":12}]" },
			new String[] { "metadata", "{\"source\":\"crm\"}" });

	private FuzzItems() {
	}

	/** A delivery body: up to six items, as NDJSON or a JSON array, valid or spoilt; strings up to {@code maxLength}. */
	public static Gen<byte[]> deliveries(int maxLength) {
		Gen<List<String>> items = Hostile.objects(FIELDS, maxLength).list(6);
		return Hostile.spoilt(Gen.oneOf(items.map(lines -> String.join("\n", lines)),
				items.map(array -> "[" + String.join(",", array) + "]")), maxLength);
	}
}
