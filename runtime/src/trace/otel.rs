//! What the feature `opentelemetry` adds to the spans: the W3C trace context sent with each
//! attempt, so that the server's spans join the caller's trace, and the duration of each
//! attempt as the `http.client.request.duration` histogram of OpenTelemetry's HTTP client
//! metrics (<https://opentelemetry.io/docs/specs/semconv/http/http-metrics/>).
//!
//! Both read what `tracing-opentelemetry` and the `opentelemetry` crate hold: the
//! OpenTelemetry context of the attempt's span, and the global meter provider as it is when
//! the client is built. Off by default: the headers are part of what the server sees.

use std::time::Duration;

use opentelemetry::metrics::Histogram;
use opentelemetry::trace::TraceContextExt as _;
use opentelemetry::KeyValue;
use tracing::Span;
use tracing_opentelemetry::OpenTelemetrySpanExt as _;

use super::Target;
use crate::http::{Headers, StatusCode};

/// The bucket boundaries, in seconds, that the conventions advise for request durations.
const BOUNDARIES: [f64; 14] = [
    0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0,
];

/// Sets `traceparent` (and `tracestate`, when there is one) to the OpenTelemetry context of
/// `span`, the attempt's: the server's span becomes its child. Nothing when the span has no
/// valid context (no OpenTelemetry layer, or the span is disabled).
pub(crate) fn propagate(span: &Span, headers: &mut Headers) {
    if span.is_disabled() {
        return;
    }
    let context = span.context();
    let otel_span = context.span();
    let span_context = otel_span.span_context();
    if !span_context.is_valid() {
        return;
    }
    let traceparent = format!(
        "00-{}-{}-{:02x}",
        span_context.trace_id(),
        span_context.span_id(),
        span_context.trace_flags().to_u8()
    );
    // Hex digits and dashes: always a valid header value.
    let _ = headers.insert("traceparent", traceparent);
    let state = span_context.trace_state().header();
    if !state.is_empty() {
        // A trace state is printable ASCII by its own grammar; one that is not is left out.
        let _ = headers.insert("tracestate", state);
    }
}

/// The client's instruments, made from the global meter provider when the client is built.
#[derive(Clone)]
pub(crate) struct Metrics {
    duration: Histogram<f64>,
}

impl Metrics {
    pub(crate) fn new() -> Self {
        let meter = opentelemetry::global::meter("discogen-runtime");
        let duration = meter
            .f64_histogram("http.client.request.duration")
            .with_unit("s")
            .with_description("Duration of HTTP client requests.")
            .with_boundaries(BOUNDARIES.to_vec())
            .build();
        Metrics { duration }
    }

    /// Records one attempt to `target` that took `elapsed` and ended with `status` or failed
    /// as `error_type`.
    pub(crate) fn record(
        &self,
        elapsed: Duration,
        target: &Target,
        status: Option<StatusCode>,
        error_type: Option<&str>,
    ) {
        let mut attributes = Vec::with_capacity(6);
        attributes.push(KeyValue::new("http.request.method", target.method.as_str()));
        if let Some((host, port)) = &target.server {
            attributes.push(KeyValue::new("server.address", host.clone()));
            attributes.push(KeyValue::new("server.port", i64::from(*port)));
        }
        if let Some(template) = &target.url_template {
            attributes.push(KeyValue::new("url.template", template.clone()));
        }
        if let Some(status) = status {
            attributes.push(KeyValue::new(
                "http.response.status_code",
                i64::from(status.as_u16()),
            ));
        }
        if let Some(error_type) = error_type {
            attributes.push(KeyValue::new("error.type", error_type.to_owned()));
        }
        self.duration.record(elapsed.as_secs_f64(), &attributes);
    }
}
