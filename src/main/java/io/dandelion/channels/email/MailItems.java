package io.dandelion.channels.email;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Author;
import io.dandelion.channels.InboundItem.Direction;
import io.dandelion.channels.InboundItem.Kind;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A mail as an item of the one model. Its id is its {@code Message-ID}; its thread is the first id of
 * {@code References} (the message that started the thread), else the one of {@code In-Reply-To};
 * the item it answers is {@code In-Reply-To}, else the last of {@code References}. So every mail of a
 * thread names the same root whatever order they arrive in. A mail from the mailbox's own address is
 * OUTBOUND. A mail that starts a thread carries its subject as its first line.
 */
final class MailItems {

	private MailItems() {
	}

	static InboundItem of(Message mail, String fallbackId, String ownAddress, Instant now)
			throws MessagingException {
		String id = MessageIds.first(header(mail, "Message-ID"));
		if (id == null) {
			id = fallbackId;
		}
		List<String> references = MessageIds.all(header(mail, "References"));
		String inReplyTo = MessageIds.first(header(mail, "In-Reply-To"));
		String root = !references.isEmpty() ? references.get(0) : inReplyTo;
		String parent = inReplyTo != null ? inReplyTo : references.isEmpty() ? null : references.get(references.size() - 1);
		InternetAddress from = firstAddress(lenient(mail::getFrom));
		String address = plausible(from) ? from.getAddress().toLowerCase(Locale.ROOT) : "unknown@invalid";
		String subject = mail.getSubject();
		MailBody body = body(mail);
		String text = parent == null && subject != null && !subject.isBlank()
				? subject.strip() + (body.text().isEmpty() ? "" : "\n\n" + body.text()) : body.text();
		Map<String, String> metadata = new LinkedHashMap<>();
		if (subject != null) {
			metadata.put("subject", subject);
		}
		String to = addresses(lenient(() -> mail.getRecipients(Message.RecipientType.TO)));
		if (!to.isEmpty()) {
			metadata.put("to", to);
		}
		String cc = addresses(lenient(() -> mail.getRecipients(Message.RecipientType.CC)));
		if (!cc.isEmpty()) {
			metadata.put("cc", cc);
		}
		Instant sent = mail.getSentDate() != null ? mail.getSentDate().toInstant()
				: mail.getReceivedDate() != null ? mail.getReceivedDate().toInstant() : now;
		return new InboundItem(id, Kind.EMAIL,
				address.equalsIgnoreCase(ownAddress) ? Direction.OUTBOUND : Direction.INBOUND,
				id.equals(root) ? null : root, id.equals(parent) ? null : parent,
				new Author(address, address, from == null ? null : from.getPersonal()), text, sent, body.attachments(),
				metadata);
	}

	private static MailBody body(Message mail) throws MessagingException {
		try {
			return MailBody.of(mail);
		}
		catch (IOException | MessagingException | RuntimeException unreadable) {
			// keep the mail (its headers, author and thread) rather than lose it; say why it has no text
			return new MailBody("[this e-mail's content could not be read: " + unreadable.getClass().getSimpleName()
					+ "]", List.of());
		}
	}

	/** Reads addresses of a header; one that does not parse counts as absent rather than losing the whole mail. */
	private static Address @Nullable [] lenient(AddressHeader header) throws MessagingException {
		try {
			return header.read();
		}
		catch (AddressException unparsable) {
			return null;
		}
	}

	/** An address header of a mail, read by Jakarta Mail. */
	private interface AddressHeader {

		Address @Nullable [] read() throws MessagingException;
	}

	/** An author address that can be stored as the contact's id (RFC 5321 allows 254 characters). */
	private static boolean plausible(@Nullable InternetAddress from) {
		String address = from == null ? null : from.getAddress();
		return address != null && !address.isBlank() && address.length() <= 254 && address.indexOf('\0') < 0;
	}

	static @Nullable String header(Message mail, String name) throws MessagingException {
		String[] values = mail.getHeader(name);
		return values == null || values.length == 0 ? null : String.join(" ", values);
	}

	static @Nullable InternetAddress firstAddress(Address @Nullable [] addresses) {
		if (addresses == null) {
			return null;
		}
		return Arrays.stream(addresses)
			.filter(InternetAddress.class::isInstance)
			.map(InternetAddress.class::cast)
			.findFirst()
			.orElse(null);
	}

	private static String addresses(Address @Nullable [] addresses) {
		return addresses == null ? ""
				: Arrays.stream(addresses)
					.filter(InternetAddress.class::isInstance)
					.map(a -> ((InternetAddress) a).getAddress())
					.collect(Collectors.joining(", "));
	}
}
