package com.certdesk.base;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Settings every feature reads: the public address and the upload limit, each bound and checked once. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PublicAddress.class, UploadLimits.class})
class BaseConfiguration {
}
