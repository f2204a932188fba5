package com.certdesk.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The sign-in form must carry the CSRF token of the sign-in page (Vaadin's login form sends it from the page's
 * {@code _csrf} meta tags), so a page elsewhere cannot sign a visitor into another account. A sign-in posted
 * without a valid token signs nobody in; the browser is sent back to a fresh sign-in page that says why (a page
 * left open past the session timeout has an old token too). Other refusals are answered as usual.
 */
final class LoginFormCsrfHandler implements AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(LoginFormCsrfHandler.class);

    private final String loginPath;
    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    LoginFormCsrfHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && "POST".equals(request.getMethod())
                && loginPath.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            log.warn("SECURITY sign-in refused: no valid CSRF token (an expired sign-in page or a form from another site)");
            response.sendRedirect(request.getContextPath() + loginPath + "?expired");
            return;
        }
        otherwise.handle(request, response, denied);
    }
}
