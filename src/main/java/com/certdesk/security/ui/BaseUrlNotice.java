package com.certdesk.security.ui;

import com.certdesk.base.PublicAddress;
import com.certdesk.base.ui.LayoutNotice;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import com.vaadin.flow.server.VaadinService;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tells administrators of a production installation that {@code certdesk.base-url} was left pointing at this
 * machine, so certificates, their QR codes, Open Badges and e-mail links would send people to localhost. On a
 * developer's machine (Vaadin's development mode) the default is right and nothing is shown.
 */
@Component
class BaseUrlNotice implements LayoutNotice {

    static final String TEXT = "Certificates, QR codes and e-mails point at %s, this machine. Set the portal's "
            + "public address with the setting certdesk.base-url (environment variable CERTDESK_BASE_URL), for "
            + "example https://certdesk.example.com, and restart.";

    private final PublicAddress address;
    private final CurrentUser currentUser;
    private final BooleanSupplier productionMode;

    @Autowired
    BaseUrlNotice(PublicAddress address, CurrentUser currentUser) {
        this(address, currentUser, () -> {
            VaadinService service = VaadinService.getCurrent();
            return service != null && service.getDeploymentConfiguration().isProductionMode();
        });
    }

    BaseUrlNotice(PublicAddress address, CurrentUser currentUser, BooleanSupplier productionMode) {
        this.address = address;
        this.currentUser = currentUser;
        this.productionMode = productionMode;
    }

    @Override
    public Optional<String> text() {
        if (!address.pointsAtLocalhost() || !currentUser.hasRole(Roles.ADMIN) || !productionMode.getAsBoolean()) {
            return Optional.empty();
        }
        return Optional.of(TEXT.formatted(address.baseUrl()));
    }
}
