//! Streams over paginated list methods.

use futures_util::stream::{self, Stream, StreamExt};

use crate::{Error, ResponseFuture};

/// A request of a paginated method (one that takes a page token and returns
/// `nextPageToken`). Implemented by generated request builders.
pub trait PageRequest: Clone + Send + 'static {
    /// The response type of one page.
    type Page: Page + Send + 'static;

    /// Sets the token of the page to fetch (in the query or the body, as the method wants).
    fn set_page_token(&mut self, token: String);

    /// Fetches one page.
    fn fetch(self) -> ResponseFuture<Self::Page>;
}

/// A paginated request whose pages hold one list of items (the method's `items()`).
/// Implemented by generated request builders. Which field holds the items is a property of
/// the method, not of the page type: two methods may share a response type.
pub trait ItemsRequest: PageRequest {
    /// The element type of the listed collection.
    type Item: Send + 'static;

    /// The items of one page (empty when the page has none).
    fn page_items(page: Self::Page) -> Vec<Self::Item>;
}

/// One page of a paginated response. Implemented by generated response types.
pub trait Page {
    /// The token of the next page; absent or empty on the last page.
    fn next_page_token(&self) -> Option<&str>;
}

/// Every page of `request`, in order, following `nextPageToken` until it is absent or empty.
///
/// Pages are fetched lazily, one at a time, as the stream is polled. The stream ends after
/// the first error, and also if the server hands back the token it was just given, which
/// would otherwise loop forever.
pub fn pages<R: PageRequest>(request: R) -> impl Stream<Item = Result<R::Page, Error>> + Send {
    struct State<R> {
        request: R,
        last_token: Option<String>,
    }
    let start = Some(State {
        request,
        last_token: None,
    });
    stream::unfold(start, |state| async move {
        let mut state = state?;
        let result = state.request.clone().fetch().await;
        let page = match result {
            Ok(page) => page,
            Err(err) => return Some((Err(err), None)),
        };
        let next = match page.next_page_token() {
            Some(token) if !token.is_empty() && state.last_token.as_deref() != Some(token) => {
                let token = token.to_owned();
                state.request.set_page_token(token.clone());
                state.last_token = Some(token);
                Some(state)
            }
            _ => None,
        };
        Some((Ok(page), next))
    })
}

/// Every item of every page of `request`, in order. See [`pages`].
pub fn items<R: ItemsRequest>(request: R) -> impl Stream<Item = Result<R::Item, Error>> + Send {
    pages(request).flat_map(|page| {
        let items: Vec<Result<_, Error>> = match page {
            Ok(page) => R::page_items(page).into_iter().map(Ok).collect(),
            Err(err) => vec![Err(err)],
        };
        stream::iter(items)
    })
}
