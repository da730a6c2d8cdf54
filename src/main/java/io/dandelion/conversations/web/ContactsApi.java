package io.dandelion.conversations.web;

import io.dandelion.conversations.ContactId;
import io.dandelion.conversations.Customers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Links contacts (a person's identities on platforms) into one customer. */
@RestController
class ContactsApi {

	private final Customers customers;
	private final Callers callers;

	ContactsApi(Customers customers, Callers callers) {
		this.customers = customers;
		this.callers = callers;
	}

	/** Makes contact {@code id} and {@code link.contact} the same customer (merging customers if both had one). */
	@PostMapping("/api/v1/contacts/{id}/links")
	CustomerJson link(@PathVariable String id, @RequestBody LinkJson link) {
		if (link.contact() == null) {
			throw new IllegalArgumentException("contact is required");
		}
		var customer = customers.link(callers.scope(), ContactId.of(id), ContactId.of(link.contact()));
		return new CustomerJson(customer.toString());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler(Customers.UnknownContactException.class)
	ProblemDetail notFound(Customers.UnknownContactException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
	}

	record LinkJson(@org.jspecify.annotations.Nullable String contact) {
	}

	record CustomerJson(String customer) {
	}
}
