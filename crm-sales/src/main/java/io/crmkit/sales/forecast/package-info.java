/**
 * The sales forecast: per period and owner, by forecast category and weighted by win probability
 * ({@link io.crmkit.sales.forecast.Forecast}), rolled up by team hierarchy ({@link
 * io.crmkit.sales.forecast.TeamForecast}); win rates and cycle times from closed deals ({@link
 * io.crmkit.sales.forecast.DealHistory}); forecast accuracy against what closed ({@link
 * io.crmkit.sales.forecast.ForecastAccuracy}).
 */
package io.crmkit.sales.forecast;
