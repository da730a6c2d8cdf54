package io.dandelion.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.dandelion.analysis.Analysis.PersonalDataSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataFinderTests {

	final PersonalDataFinder finder = new PersonalDataFinder();

	@Test
	void findsEachKindWithItsSpan() {
		String text = "call +33 6 12 34 56 78, mail jean.dupont@example.fr, IBAN FR76 3000 6000 0112 3456 7890 189, card 4111 1111 1111 1111";

		List<PersonalDataSpan> spans = finder.find(text);

		assertThat(spans).extracting(PersonalDataSpan::kind).containsExactly("phone", "email", "iban", "card");
		assertThat(spans).extracting(s -> text.substring(s.start(), s.end()))
			.containsExactly("+33 6 12 34 56 78", "jean.dupont@example.fr", "FR76 3000 6000 0112 3456 7890 189",
					"4111 1111 1111 1111");
	}

	@Test
	void rejectsAnIbanWhoseCheckDigitsAreWrong() {
		assertThat(finder.find("IBAN FR77 3000 6000 0112 3456 7890 189")).isEmpty();
		assertThat(PersonalDataFinder.isIban("DE89370400440532013000")).isTrue();
		assertThat(PersonalDataFinder.isIban("DE89370400440532013001")).isFalse();
	}

	@Test
	void rejectsACardNumberThatFailsLuhn() {
		assertThat(finder.find("my number is 4111 1111 1111 1112")).extracting(PersonalDataSpan::kind).doesNotContain("card");
		assertThat(PersonalDataFinder.passesLuhn("5500 0000 0000 0004")).isTrue();
	}

	@Test
	void findsNationalPhoneNumbers() {
		assertThat(finder.find("bel me op 0470 12 34 56 aub")).extracting(PersonalDataSpan::kind).containsExactly("phone");
		assertThat(finder.find("llámame al 0034 612 345 678")).extracting(PersonalDataSpan::kind).containsExactly("phone");
	}

	@Test
	void leavesOrderNumbersDatesAndPricesAlone() {
		assertThat(finder.find("order 123456 of 12/03/2026 cost 49.99 €, ticket #48213")).isEmpty();
	}
}
