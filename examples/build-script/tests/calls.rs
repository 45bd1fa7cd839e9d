//! The client generated at build time makes the calls the document describes.

use discogen_build_script_example::rt::testing::{MockReply, MockTransport};
use discogen_build_script_example::{types, Client};
use serde_json::json;

fn client(mock: &MockTransport) -> Client {
    Client::builder().transport(mock.clone()).build().unwrap()
}

#[tokio::test]
async fn lists_task_lists_with_the_page_size_in_the_query() {
    let mock = MockTransport::new();
    mock.on("tasks.tasklists.list").reply(MockReply::json(
        200,
        json!({"items": [{"id": "list-1", "title": "Groceries"}]}),
    ));
    let page = client(&mock)
        .tasklists()
        .list()
        .max_results(20)
        .send()
        .await
        .unwrap();
    let lists = page.items.unwrap_or_default();
    assert_eq!(lists.len(), 1);
    assert_eq!(lists[0].title.as_deref(), Some("Groceries"));

    let sent = &mock.requests()[0];
    assert_eq!(sent.method_id, Some("tasks.tasklists.list"));
    assert_eq!(sent.path(), "/tasks/v1/users/@me/lists");
    assert_eq!(sent.query_value("maxResults").as_deref(), Some("20"));
}

#[tokio::test]
async fn inserts_a_task_with_its_body_and_path() {
    let mock = MockTransport::new();
    mock.on("tasks.tasks.insert").reply(MockReply::json(
        200,
        json!({"id": "task-9", "title": "Milk"}),
    ));
    let task = types::Task::default().set_title("Milk");
    let created = client(&mock)
        .tasks()
        .insert("list-1", task)
        .send()
        .await
        .unwrap();
    assert_eq!(created.id.as_deref(), Some("task-9"));

    let sent = &mock.requests()[0];
    assert_eq!(
        sent.method,
        discogen_build_script_example::rt::http::Method::Post
    );
    assert_eq!(sent.path(), "/tasks/v1/lists/list-1/tasks");
    assert_eq!(sent.json(), Some(json!({"title": "Milk"})));
}
