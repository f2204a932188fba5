package com.certdesk.feedback.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.certdesk.base.ValidationException;
import com.certdesk.feedback.ZendeskSettingsDraft;
import com.certdesk.security.SecretCipher;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Without certdesk.secrets.key the connection cannot be saved with a token, and nothing is stored. */
class ZendeskWithoutKeyTest {

    @Test
    void without_a_secrets_key_credentials_are_refused_with_a_clear_message_and_nothing_is_saved() {
        ZendeskStore store = mock(ZendeskStore.class);
        when(store.connection()).thenReturn(Optional.empty());
        var service = new ZendeskConnectorService(store, mock(ZendeskSync.class), new SecretCipher(""),
                new ZendeskProperties(null, null, null, null, null, null, null, null), mock(ZendeskSchedule.class),
                Clock.systemUTC());

        assertThatThrownBy(() -> service.save(new ZendeskSettingsDraft("acme", "a@acme.test", "abc123", true)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("No secrets key is configured")
                .hasMessageContaining("openssl rand -base64 32");
        verify(store, never()).saveConnection(anyString(), anyString(), any(), any(), anyBoolean(), any(), any());
    }
}
