package io.dandelion.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.dandelion.support.Gen;
import io.dandelion.support.Hostile;
import io.dandelion.support.Storable;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The mailbox's parser against broken and hostile mail: headers with garbage addresses, ids, dates and
 * encodings, MIME trees with lying boundaries, charsets and transfer encodings, and the bytes spoilt
 * after that. Every mail becomes one storable item without an exception, so that one bad mail can
 * never stop a mailbox from being read.
 */
class MailItemsFuzzTests {

	static final Session SESSION = Session.getInstance(new Properties());

	static final List<String> HEADERS = List.of("From", "To", "Cc", "Subject", "Message-ID", "References", "In-Reply-To",
			"Date", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "MIME-Version");

	static final List<String> VALUES = List.of("Ana <ana@example.org>", "<<<>>>", "\"Ana\" <@>", "=?utf-8?B?QW5h?= <a@b.c>",
			"=?x-unknown?Q?=FF=FE?=", "=?utf-8?B?****?=", "<a@b> <c@d> <e@f>", "<" + "x".repeat(900) + "@long>",
			"<a\u0000b@nul>", "Thu, 31 Feb 2026 25:61:61 +9999", "multipart/mixed; boundary=\"b1\"",
			"multipart/alternative; boundary=b1", "multipart/mixed", "text/html; charset=x-nonsense",
			"text/plain; charset=utf-16", "message/rfc822", "base64", "quoted-printable", "x-uuencode", "attachment; filename=\"a.exe\"",
			"1.0");

	static final int MAILS = 1500;

	@Test
	void everyMailBecomesOneStorableItem() {
		Hostile.check(mails(), MAILS, 20261211L, raw -> {
			long start = System.nanoTime();
			var item = read(raw);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			Storable.item(item);
		});
	}

	private static io.dandelion.channels.InboundItem read(byte[] raw) {
		try {
			var mail = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
			return MailItems.of(mail, "<uid.1.1@mailbox.invalid>", "care@acme.example", Instant.parse("2026-12-03T10:00:00Z"));
		}
		catch (jakarta.mail.MessagingException e) {
			throw new AssertionError("a mail could not be read at all, so its mailbox would stop", e);
		}
	}

	static Gen<byte[]> mails() {
		Gen<String> value = Gen.oneOf(Gen.of(VALUES), Gen.of(VALUES), Hostile.strings());
		Gen<String> header = Gen.combine(Gen.of(HEADERS), value, (name, v) -> name + ": " + v);
		Gen<String> part = Gen.combine(header.list(3), Hostile.strings(),
				(headers, body) -> String.join("\r\n", headers) + "\r\n\r\n" + body);
		Gen<String> body = Gen.oneOf(Hostile.strings(), part.list(3)
			.map(parts -> "--b1\r\n" + String.join("\r\n--b1\r\n", parts) + "\r\n--b1--\r\n"));
		return Hostile.spoilt(Gen.combine(header.list(1, 10), body,
				(headers, text) -> String.join("\r\n", headers) + "\r\n\r\n" + text));
	}
}
