/**
 * Connecting an account through its platform's OAuth 2.0 flow from the channel page: the redirect to the
 * platform with PKCE and a state kept in the signed-in user's session for one unit, and the callback
 * that exchanges the code, asks the platform who signed in and stores the tokens in the credential vault.
 */
@NullMarked
package io.dandelion.channels.connect;

import org.jspecify.annotations.NullMarked;
