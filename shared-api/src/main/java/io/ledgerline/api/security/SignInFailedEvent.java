package io.ledgerline.api.security;

/** Someone failed to sign in as {@code username} from {@code remoteAddress} (wrong password, disabled or locked). */
public record SignInFailedEvent(String username, String reason, String remoteAddress) {
}
