package io.dandelion.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.dandelion.channels.ChannelActionException;
import io.dandelion.channels.ChannelActions;
import io.dandelion.channels.ChannelActions.SentReply;
import io.dandelion.channels.ChannelFixtures;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelsTest;
import io.dandelion.channels.TestOrganisation;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The e-mail connector against a real SMTP and IMAP server (GreenMail), through the real poller and store. */
@ChannelsTest
@ExtendWith(OutputCaptureExtension.class)
class EmailConnectorTests {

	static final String MAILBOX = "care@acme.test";

	static final String PASSWORD = "pw-7c1e0b9d44a2";

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

	@Autowired
	ChannelActions actions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChannelFixtures fixtures;

	TestOrganisation org;

	ChannelId channel;

	@BeforeEach
	void mailbox() {
		org = fixtures.organisation();
		jdbc.sql("update channel set status = 'PAUSED'").update(); // only this test's mailbox is polled
		mail.setUser(MAILBOX, MAILBOX, PASSWORD);
		channel = connect(PASSWORD);
	}

	@Test
	void aThreadIsOneConversationWhateverOrderItsMailsArriveIn() throws Exception {
		send(mailFrom("anna@example.test", "<answer-1@example.test>", "Re: My router is down",
				"It is still down this morning.", "<first-1@example.test>", "<first-1@example.test>"));
		poll();
		send(mailFrom("anna@example.test", "<first-1@example.test>", "My router is down", "Since yesterday.", null, null));
		poll();

		List<Map<String, Object>> rows = jdbc.sql("""
				select external_id, conversation_id, parent_external_id, thread_external_id, direction, body
				from message where channel_id = ? order by created_at""").param(channel.value()).query().listOfRows();
		assertThat(rows).hasSize(2);
		assertThat(rows).extracting(r -> r.get("conversation_id")).containsOnly(rows.get(0).get("conversation_id"));
		Map<String, Object> first = byId(rows, "<first-1@example.test>");
		assertThat(first.get("body")).isEqualTo("My router is down\n\nSince yesterday.");
		assertThat(first.get("direction")).isEqualTo("INBOUND");
		Map<String, Object> answer = byId(rows, "<answer-1@example.test>");
		assertThat(answer.get("thread_external_id")).isEqualTo("<first-1@example.test>");
		assertThat(answer.get("parent_external_id")).isEqualTo("<first-1@example.test>");
		assertThat(answer.get("body")).as("a reply's subject is not repeated").isEqualTo("It is still down this morning.");
		assertThat(column("poll_cursor")).matches("\\d+:2");
		assertThat(column("health")).isEqualTo("HEALTHY");
	}

	@Test
	void anHtmlMailBecomesSafeTextAndItsAttachmentIsNotedNotStored() throws Exception {
		MimeMessage html = mailFrom("omar@example.test", "<html-1@example.test>", "Invoice", null, null, null);
		MimeBodyPart page = new MimeBodyPart();
		page.setContent("""
				<html><head><style>p { color: red }</style><script>alert('x')</script></head>
				<body><p>Hello,<br>my <b>invoice</b> is wrong.</p><div style="display:none">hidden spam words</div>
				<p>See <a href="https://evil.example/login">my account</a> &lt;script&gt;</p>
				<img src="https://tracker.example/pixel.gif" onerror="alert(1)"></body></html>""",
				"text/html; charset=UTF-8");
		MimeBodyPart pdf = new MimeBodyPart();
		pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[2048], "application/pdf")));
		pdf.setFileName("invoice-2026-11.pdf");
		pdf.setDisposition(MimeBodyPart.ATTACHMENT);
		html.setContent(new MimeMultipart(page, pdf));
		send(html);

		poll();

		Map<String, Object> row = jdbc.sql("select body, attachments::text as attachments from message where channel_id = ?")
			.param(channel.value())
			.query()
			.singleRow();
		assertThat(row.get("body")).isEqualTo("Invoice\n\nHello,\nmy invoice is wrong.\n\n"
				+ "See my account (https://evil.example/login) <script>");
		assertThat((String) row.get("attachments")).contains("\"name\": \"invoice-2026-11.pdf\"")
			.contains("\"type\": \"application/pdf\"")
			.contains("\"size\": 2048");
		assertThat(jdbc.sql("select count(*) from message where channel_id = ? and length(attachments::text) > 500")
			.param(channel.value())
			.query(Integer.class)
			.single()).as("the file's content is not kept").isZero();
	}

	@Test
	void anAnswerGoesOutBySmtpThreadedSoTheCustomersMailClientShowsItInTheThread() throws Exception {
		send(mailFrom("lea@example.test", "<q-2@example.test>", "Re: Roaming", "And in Spain?", "<q-1@example.test>",
				"<q-1@example.test>"));
		poll();

		SentReply sent = actions.reply(channel, "<q-2@example.test>", "<q-1@example.test>", "Yes, roaming works in Spain.");

		MimeMessage[] received = mail.getReceivedMessagesForDomain("example.test");
		assertThat(received).hasSize(1);
		MimeMessage answer = received[0];
		assertThat(answer.getMessageID()).isEqualTo(sent.externalId());
		assertThat(answer.getHeader("In-Reply-To")[0]).isEqualTo("<q-2@example.test>");
		assertThat(answer.getHeader("References")[0].replaceAll("\\s+", " ")).isEqualTo("<q-1@example.test> <q-2@example.test>");
		assertThat(answer.getSubject()).isEqualTo("Re: Roaming");
		assertThat(((InternetAddress) answer.getFrom()[0]).getAddress()).isEqualTo(MAILBOX);
		assertThat(((InternetAddress) answer.getRecipients(Message.RecipientType.TO)[0]).getAddress())
			.isEqualTo("lea@example.test");
		assertThat(GreenMailUtil.getBody(answer).strip()).isEqualTo("Yes, roaming works in Spain.");
	}

	@Test
	void answeringAMailThatIsNotInTheMailboxSaysItIsGone() {
		assertThatThrownBy(() -> actions.reply(channel, "<nowhere@example.test>", null, "Hello"))
			.isInstanceOfSatisfying(ChannelActionException.class,
					e -> assertThat(e.reason()).isEqualTo(ChannelActionException.Reason.GONE));
	}

	@Test
	void pollingAgainOrAfterTheServerRenumberedTheFolderStoresNothingTwice() throws Exception {
		send(mailFrom("jan@example.test", "<a-1@example.test>", "Bill", "Too high.", null, null));
		send(mailFrom("jan@example.test", "<a-2@example.test>", "Re: Bill", "Still too high.", "<a-1@example.test>",
				"<a-1@example.test>"));
		poll();
		String cursor = column("poll_cursor");
		poll();
		assertThat(column("poll_cursor")).isEqualTo(cursor);

		jdbc.sql("update channel set poll_cursor = '1:99' where id = ?").param(channel.value()).update();
		poll();

		assertThat(fixtures.messages(channel)).isEqualTo(2);
		assertThat(column("poll_cursor")).isEqualTo(cursor);
		assertThat(column("health")).isEqualTo("HEALTHY");
	}

	@Test
	void aWrongPasswordShowsTheMailboxAsUnauthorisedWithoutLoggingThePassword(CapturedOutput output) {
		String wrong = "wrong-pw-51d3a0e8";
		jdbc.sql("update channel set status = 'PAUSED' where id = ?").param(channel.value()).update();
		channel = connect(wrong);

		poll();

		assertThat(column("health")).isEqualTo("UNAUTHORISED");
		assertThat(column("last_error")).contains("refused the user name or password");
		assertThat(output.getAll()).doesNotContain(wrong).doesNotContain(PASSWORD);
	}

	private ChannelId connect(String password) {
		Map<String, String> credentials = new HashMap<>();
		credentials.put("imap_host", "127.0.0.1");
		credentials.put("imap_port", String.valueOf(mail.getImap().getPort()));
		credentials.put("imap_security", "none");
		credentials.put("smtp_host", "127.0.0.1");
		credentials.put("smtp_port", String.valueOf(mail.getSmtp().getPort()));
		credentials.put("smtp_security", "none");
		credentials.put("password", password);
		credentials.put("address", MAILBOX);
		return fixtures.connect(org, "email", "care+" + System.nanoTime() + "@acme.test", credentials);
	}

	private void poll() {
		jdbc.sql("update channel set next_poll_at = now() where id = ?").param(channel.value()).update();
		fixtures.poller().pollDue(5);
	}

	private MimeMessage mailFrom(String from, String messageId, String subject, String text, String inReplyTo,
			String references) throws MessagingException {
		MimeMessage message = new MimeMessage(GreenMailUtil.getSession(mail.getSmtp().getServerSetup())) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", messageId);
			}
		};
		message.setFrom(new InternetAddress(from));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
		message.setSubject(subject, "UTF-8");
		if (text != null) {
			message.setText(text, "UTF-8");
		}
		if (inReplyTo != null) {
			message.setHeader("In-Reply-To", inReplyTo);
		}
		if (references != null) {
			message.setHeader("References", references);
		}
		return message;
	}

	private static void send(MimeMessage message) {
		GreenMailUtil.sendMimeMessage(message);
	}

	private static Map<String, Object> byId(List<Map<String, Object>> rows, String id) {
		return rows.stream().filter(r -> id.equals(r.get("external_id"))).findFirst().orElseThrow();
	}

	private String column(String column) {
		return fixtures.column(channel, column);
	}
}
