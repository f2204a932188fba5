package com.certdesk.feedback.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the Zendesk connector's settings ({@code certdesk.feedback.zendesk.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ZendeskProperties.class)
class ZendeskConfiguration {
}
