/**
 * The customer 360 view: {@link io.crmkit.identity.profile.CustomerProfile} gathers what every
 * store knows about one customer (identity and contacts, consents, tags and preferences, purchases
 * with RFM cell, segment and ABC class, lifecycle stage, churn risk, CLV, loyalty, open service
 * requests, the last interactions, NPS/CSAT answers, upcoming reminders) into one value, one JSON
 * document ({@link io.crmkit.identity.profile.ProfileJson}) and a readable {@code toString()}.
 */
package io.crmkit.identity.profile;
