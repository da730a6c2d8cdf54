-- A contact's messages across conversations: the customer's history, and the scope check on linking.
create index message_contact on message (contact_id);
