package io.dandelion.channels.email;

import io.dandelion.channels.InboundItem.Attachment;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The readable text of a mail and the metadata of its attachments. Of alternatives, the plain text is
 * taken, else the HTML reduced to text by {@link HtmlText}; every part that is not the text (files,
 * inline images, forwarded mails) is noted as an attachment (type, file name, decoded size) and its
 * content is never kept.
 */
record MailBody(String text, List<Attachment> attachments) {

	static final int MAX_TEXT = 64 * 1024;

	static MailBody of(Part mail) throws MessagingException, IOException {
		Reader reader = new Reader();
		reader.read(mail);
		String text = reader.text.toString().strip();
		if (text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT) + "\n[…]";
		}
		return new MailBody(text, List.copyOf(reader.attachments));
	}

	private static final class Reader {

		private final StringBuilder text = new StringBuilder();
		private final List<Attachment> attachments = new ArrayList<>();

		void read(Part part) throws MessagingException, IOException {
			if (isAttachment(part)) {
				attachments.add(new Attachment(baseType(part), null, part.getFileName(), decodedSize(part)));
			}
			else if (part.isMimeType("multipart/alternative")) {
				Part best = preferred((Multipart) part.getContent());
				if (best != null) {
					read(best);
				}
			}
			else if (part.isMimeType("multipart/*")) {
				Multipart parts = (Multipart) part.getContent();
				for (int i = 0; i < parts.getCount(); i++) {
					read(parts.getBodyPart(i));
				}
			}
			else if (part.isMimeType("text/html")) {
				append(HtmlText.of(content(part)));
			}
			else if (part.isMimeType("text/*")) {
				append(content(part));
			}
			else {
				attachments.add(new Attachment(baseType(part), null, part.getFileName(), decodedSize(part)));
			}
		}

		private void append(String more) {
			if (!more.isBlank()) {
				if (!text.isEmpty()) {
					text.append("\n\n");
				}
				text.append(more.strip());
			}
		}

		/** Of alternatives: the plain text, else the HTML, else the last (richest) one. */
		private static @Nullable Part preferred(Multipart alternatives) throws MessagingException {
			Part html = null;
			Part last = null;
			for (int i = 0; i < alternatives.getCount(); i++) {
				BodyPart part = alternatives.getBodyPart(i);
				if (part.isMimeType("text/plain") && !isAttachment(part)) {
					return part;
				}
				if (part.isMimeType("text/html") && html == null) {
					html = part;
				}
				last = part;
			}
			return html != null ? html : last;
		}

		private static boolean isAttachment(Part part) throws MessagingException {
			return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null
					&& !part.isMimeType("text/plain") && !part.isMimeType("text/html");
		}
	}

	private static String content(Part part) throws MessagingException, IOException {
		try {
			Object content = part.getContent();
			if (content instanceof String text) {
				return text;
			}
		}
		catch (IOException unknownCharset) {
			// an unknown or broken charset: read it as UTF-8, with replacement characters where it fails
		}
		try (InputStream in = part.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String baseType(Part part) throws MessagingException {
		try {
			return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
		}
		catch (MessagingException | RuntimeException malformed) {
			return "application/octet-stream";
		}
	}

	/** The size once decoded, counted while the content streams by (it is not kept). */
	private static long decodedSize(Part part) {
		try (InputStream in = part.getInputStream()) {
			return in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException | MessagingException unreadable) {
			return -1;
		}
	}
}
