//! Request and response types of the Photos Library API, one per schema of the Discovery document.
use crate::rt;
use std::collections::BTreeMap;
/// Request to add an enrichment to a specific album at a specific position.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct AddEnrichmentToAlbumRequest {
    /// Required. The position in the album where the enrichment is to be inserted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub album_position: Option<AlbumPosition>,
    /// Required. The enrichment to be added.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_enrichment_item: Option<NewEnrichmentItem>,
}
impl AddEnrichmentToAlbumRequest {
    /// Sets [`album_position`](Self::album_position).
    pub fn set_album_position(mut self, value: impl Into<AlbumPosition>) -> Self {
        self.album_position = Some(value.into());
        self
    }
    /// Sets [`album_position`](Self::album_position), or clears it with `None`.
    pub fn set_or_clear_album_position(mut self, value: Option<AlbumPosition>) -> Self {
        self.album_position = value;
        self
    }
    /// Sets [`new_enrichment_item`](Self::new_enrichment_item).
    pub fn set_new_enrichment_item(mut self, value: impl Into<NewEnrichmentItem>) -> Self {
        self.new_enrichment_item = Some(value.into());
        self
    }
    /// Sets [`new_enrichment_item`](Self::new_enrichment_item), or clears it with `None`.
    pub fn set_or_clear_new_enrichment_item(mut self, value: Option<NewEnrichmentItem>) -> Self {
        self.new_enrichment_item = value;
        self
    }
}
/// The enrichment item that's created.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct AddEnrichmentToAlbumResponse {
    /// Output only. Enrichment which was added.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrichment_item: Option<EnrichmentItem>,
}
impl AddEnrichmentToAlbumResponse {
    /// Sets [`enrichment_item`](Self::enrichment_item).
    pub fn set_enrichment_item(mut self, value: impl Into<EnrichmentItem>) -> Self {
        self.enrichment_item = Some(value.into());
        self
    }
    /// Sets [`enrichment_item`](Self::enrichment_item), or clears it with `None`.
    pub fn set_or_clear_enrichment_item(mut self, value: Option<EnrichmentItem>) -> Self {
        self.enrichment_item = value;
        self
    }
}
/// Representation of an album in Google Photos. Albums are containers for media items. If an album has been shared by the application, it contains an extra `shareInfo` property.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Album {
    /// \[Output only\] A URL to the cover photo's bytes. This shouldn't be used as is. Parameters should be appended to this URL before use. See the \[developer documentation\](<https://developers.google.com/photos/library/guides/access-media-items#base-urls>) for a complete list of supported parameters. For example, `'=w2048-h1024'` sets the dimensions of the cover photo to have a width of 2048 px and height of 1024 px.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover_photo_base_url: Option<String>,
    /// Identifier for the media item associated with the cover photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover_photo_media_item_id: Option<String>,
    /// Identifier for the album. This is a persistent identifier that can be used between sessions to identify this album.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// \[Output only\] True if you can create media items in this album. This field is based on the scopes granted and permissions of the album. If the scopes are changed or permissions of the album are changed, this field is updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_writeable: Option<bool>,
    /// \[Output only\] The number of media items in the album.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub media_items_count: Option<i64>,
    /// \[Output only\] Google Photos URL for the album. The user needs to be signed in to their Google Photos account to access this link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_url: Option<String>,
    /// \[Output only\] Information related to shared albums. This field is only populated if the album is a shared album, the developer created the album and the user has granted the `photoslibrary.sharing` scope.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_info: Option<ShareInfo>,
    /// Name of the album displayed to the user in their Google Photos account. This string shouldn't be more than 500 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}
impl Album {
    /// Sets [`cover_photo_base_url`](Self::cover_photo_base_url).
    pub fn set_cover_photo_base_url(mut self, value: impl Into<String>) -> Self {
        self.cover_photo_base_url = Some(value.into());
        self
    }
    /// Sets [`cover_photo_base_url`](Self::cover_photo_base_url), or clears it with `None`.
    pub fn set_or_clear_cover_photo_base_url(mut self, value: Option<String>) -> Self {
        self.cover_photo_base_url = value;
        self
    }
    /// Sets [`cover_photo_media_item_id`](Self::cover_photo_media_item_id).
    pub fn set_cover_photo_media_item_id(mut self, value: impl Into<String>) -> Self {
        self.cover_photo_media_item_id = Some(value.into());
        self
    }
    /// Sets [`cover_photo_media_item_id`](Self::cover_photo_media_item_id), or clears it with `None`.
    pub fn set_or_clear_cover_photo_media_item_id(mut self, value: Option<String>) -> Self {
        self.cover_photo_media_item_id = value;
        self
    }
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
    /// Sets [`is_writeable`](Self::is_writeable).
    pub fn set_is_writeable(mut self, value: impl Into<bool>) -> Self {
        self.is_writeable = Some(value.into());
        self
    }
    /// Sets [`is_writeable`](Self::is_writeable), or clears it with `None`.
    pub fn set_or_clear_is_writeable(mut self, value: Option<bool>) -> Self {
        self.is_writeable = value;
        self
    }
    /// Sets [`media_items_count`](Self::media_items_count).
    pub fn set_media_items_count(mut self, value: impl Into<i64>) -> Self {
        self.media_items_count = Some(value.into());
        self
    }
    /// Sets [`media_items_count`](Self::media_items_count), or clears it with `None`.
    pub fn set_or_clear_media_items_count(mut self, value: Option<i64>) -> Self {
        self.media_items_count = value;
        self
    }
    /// Sets [`product_url`](Self::product_url).
    pub fn set_product_url(mut self, value: impl Into<String>) -> Self {
        self.product_url = Some(value.into());
        self
    }
    /// Sets [`product_url`](Self::product_url), or clears it with `None`.
    pub fn set_or_clear_product_url(mut self, value: Option<String>) -> Self {
        self.product_url = value;
        self
    }
    /// Sets [`share_info`](Self::share_info).
    pub fn set_share_info(mut self, value: impl Into<ShareInfo>) -> Self {
        self.share_info = Some(value.into());
        self
    }
    /// Sets [`share_info`](Self::share_info), or clears it with `None`.
    pub fn set_or_clear_share_info(mut self, value: Option<ShareInfo>) -> Self {
        self.share_info = value;
        self
    }
    /// Sets [`title`](Self::title).
    pub fn set_title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets [`title`](Self::title), or clears it with `None`.
    pub fn set_or_clear_title(mut self, value: Option<String>) -> Self {
        self.title = value;
        self
    }
}
/// Specifies a position in an album.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct AlbumPosition {
    /// Type of position, for a media or enrichment item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<AlbumPositionPosition>,
    /// The enrichment item to which the position is relative to. Only used when position type is AFTER_ENRICHMENT_ITEM.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relative_enrichment_item_id: Option<String>,
    /// The media item to which the position is relative to. Only used when position type is AFTER_MEDIA_ITEM.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relative_media_item_id: Option<String>,
}
impl AlbumPosition {
    /// Sets [`position`](Self::position).
    pub fn set_position(mut self, value: impl Into<AlbumPositionPosition>) -> Self {
        self.position = Some(value.into());
        self
    }
    /// Sets [`position`](Self::position), or clears it with `None`.
    pub fn set_or_clear_position(mut self, value: Option<AlbumPositionPosition>) -> Self {
        self.position = value;
        self
    }
    /// Sets [`relative_enrichment_item_id`](Self::relative_enrichment_item_id).
    pub fn set_relative_enrichment_item_id(mut self, value: impl Into<String>) -> Self {
        self.relative_enrichment_item_id = Some(value.into());
        self
    }
    /// Sets [`relative_enrichment_item_id`](Self::relative_enrichment_item_id), or clears it with `None`.
    pub fn set_or_clear_relative_enrichment_item_id(mut self, value: Option<String>) -> Self {
        self.relative_enrichment_item_id = value;
        self
    }
    /// Sets [`relative_media_item_id`](Self::relative_media_item_id).
    pub fn set_relative_media_item_id(mut self, value: impl Into<String>) -> Self {
        self.relative_media_item_id = Some(value.into());
        self
    }
    /// Sets [`relative_media_item_id`](Self::relative_media_item_id), or clears it with `None`.
    pub fn set_or_clear_relative_media_item_id(mut self, value: Option<String>) -> Self {
        self.relative_media_item_id = value;
        self
    }
}
/// Type of position, for a media or enrichment item.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AlbumPositionPosition {
    /// Default value if this enum isn't set.
    PositionTypeUnspecified,
    /// At the beginning of the album.
    FirstInAlbum,
    /// At the end of the album.
    LastInAlbum,
    /// After a media item.
    AfterMediaItem,
    /// After an enrichment item.
    AfterEnrichmentItem,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl AlbumPositionPosition {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PositionTypeUnspecified => "POSITION_TYPE_UNSPECIFIED",
            Self::FirstInAlbum => "FIRST_IN_ALBUM",
            Self::LastInAlbum => "LAST_IN_ALBUM",
            Self::AfterMediaItem => "AFTER_MEDIA_ITEM",
            Self::AfterEnrichmentItem => "AFTER_ENRICHMENT_ITEM",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for AlbumPositionPosition {
    fn from(value: &str) -> Self {
        match value {
            "POSITION_TYPE_UNSPECIFIED" => Self::PositionTypeUnspecified,
            "FIRST_IN_ALBUM" => Self::FirstInAlbum,
            "LAST_IN_ALBUM" => Self::LastInAlbum,
            "AFTER_MEDIA_ITEM" => Self::AfterMediaItem,
            "AFTER_ENRICHMENT_ITEM" => Self::AfterEnrichmentItem,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for AlbumPositionPosition {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
        }
    }
}
impl std::fmt::Display for AlbumPositionPosition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for AlbumPositionPosition {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AlbumPositionPosition {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Request to add media items to an album.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BatchAddMediaItemsToAlbumRequest {
    /// Required. Identifiers of the MediaItems to be added. The maximum number of media items that can be added in one call is 50.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_item_ids: Option<Vec<String>>,
}
impl BatchAddMediaItemsToAlbumRequest {
    /// Sets [`media_item_ids`](Self::media_item_ids).
    pub fn set_media_item_ids<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.media_item_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`media_item_ids`](Self::media_item_ids), or clears it with `None`.
    pub fn set_or_clear_media_item_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.media_item_ids = value;
        self
    }
}
/// Response for adding media items to an album.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BatchAddMediaItemsToAlbumResponse {}
/// Request to create one or more media items in a user's Google Photos library. If an `albumid` is specified, the media items are also added to that album. `albumPosition` is optional and can only be specified if an `albumId` is set.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BatchCreateMediaItemsRequest {
    /// Identifier of the album where the media items are added. The media items are also added to the user's library. This is an optional field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub album_id: Option<String>,
    /// Position in the album where the media items are added. If not specified, the media items are added to the end of the album (as per the default value, that is, `LAST_IN_ALBUM`). The request fails if this field is set and the `albumId` is not specified. The request will also fail if you set the field and are not the owner of the shared album.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub album_position: Option<AlbumPosition>,
    /// Required. List of media items to be created. Maximum 50 media items per call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_media_items: Option<Vec<NewMediaItem>>,
}
impl BatchCreateMediaItemsRequest {
    /// Sets [`album_id`](Self::album_id).
    pub fn set_album_id(mut self, value: impl Into<String>) -> Self {
        self.album_id = Some(value.into());
        self
    }
    /// Sets [`album_id`](Self::album_id), or clears it with `None`.
    pub fn set_or_clear_album_id(mut self, value: Option<String>) -> Self {
        self.album_id = value;
        self
    }
    /// Sets [`album_position`](Self::album_position).
    pub fn set_album_position(mut self, value: impl Into<AlbumPosition>) -> Self {
        self.album_position = Some(value.into());
        self
    }
    /// Sets [`album_position`](Self::album_position), or clears it with `None`.
    pub fn set_or_clear_album_position(mut self, value: Option<AlbumPosition>) -> Self {
        self.album_position = value;
        self
    }
    /// Sets [`new_media_items`](Self::new_media_items).
    pub fn set_new_media_items<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<NewMediaItem>,
    {
        self.new_media_items = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`new_media_items`](Self::new_media_items), or clears it with `None`.
    pub fn set_or_clear_new_media_items(mut self, value: Option<Vec<NewMediaItem>>) -> Self {
        self.new_media_items = value;
        self
    }
}
/// List of media items created.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BatchCreateMediaItemsResponse {
    /// Output only. List of media items created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_media_item_results: Option<Vec<NewMediaItemResult>>,
}
impl BatchCreateMediaItemsResponse {
    /// Sets [`new_media_item_results`](Self::new_media_item_results).
    pub fn set_new_media_item_results<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<NewMediaItemResult>,
    {
        self.new_media_item_results = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`new_media_item_results`](Self::new_media_item_results), or clears it with `None`.
    pub fn set_or_clear_new_media_item_results(
        mut self,
        value: Option<Vec<NewMediaItemResult>>,
    ) -> Self {
        self.new_media_item_results = value;
        self
    }
}
/// Response to retrieve a list of media items.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BatchGetMediaItemsResponse {
    /// Output only. List of media items retrieved. Note that even if the call to BatchGetMediaItems succeeds, there may have been failures for some media items in the batch. These failures are indicated in each MediaItemResult.status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_item_results: Option<Vec<MediaItemResult>>,
}
impl BatchGetMediaItemsResponse {
    /// Sets [`media_item_results`](Self::media_item_results).
    pub fn set_media_item_results<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<MediaItemResult>,
    {
        self.media_item_results = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`media_item_results`](Self::media_item_results), or clears it with `None`.
    pub fn set_or_clear_media_item_results(mut self, value: Option<Vec<MediaItemResult>>) -> Self {
        self.media_item_results = value;
        self
    }
}
/// Request to remove a list of media items from an album.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BatchRemoveMediaItemsFromAlbumRequest {
    /// Required. Identifiers of the MediaItems to be removed. Must not contain repeated identifiers and cannot be empty. The maximum number of media items that can be removed in one call is 50.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_item_ids: Option<Vec<String>>,
}
impl BatchRemoveMediaItemsFromAlbumRequest {
    /// Sets [`media_item_ids`](Self::media_item_ids).
    pub fn set_media_item_ids<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.media_item_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`media_item_ids`](Self::media_item_ids), or clears it with `None`.
    pub fn set_or_clear_media_item_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.media_item_ids = value;
        self
    }
}
/// Response for successfully removing all specified media items from the album.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BatchRemoveMediaItemsFromAlbumResponse {}
/// This filter allows you to return media items based on the content type. It's possible to specify a list of categories to include, and/or a list of categories to exclude. Within each list, the categories are combined with an OR. The content filter `includedContentCategories`: \[c1, c2, c3\] would get media items that contain (c1 OR c2 OR c3). The content filter `excludedContentCategories`: \[c1, c2, c3\] would NOT get media items that contain (c1 OR c2 OR c3). You can also include some categories while excluding others, as in this example: `includedContentCategories`: \[c1, c2\], `excludedContentCategories`: \[c3, c4\] The previous example would get media items that contain (c1 OR c2) AND NOT (c3 OR c4). A category that appears in `includedContentategories` must not appear in `excludedContentCategories`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ContentFilter {
    /// The set of categories which are not to be included in the media item search results. The items in the set are ORed. There's a maximum of 10 `excludedContentCategories` per request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub excluded_content_categories: Option<Vec<ContentFilterExcludedContentCategoriesItem>>,
    /// The set of categories to be included in the media item search results. The items in the set are ORed. There's a maximum of 10 `includedContentCategories` per request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub included_content_categories: Option<Vec<ContentFilterIncludedContentCategoriesItem>>,
}
impl ContentFilter {
    /// Sets [`excluded_content_categories`](Self::excluded_content_categories).
    pub fn set_excluded_content_categories<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<ContentFilterExcludedContentCategoriesItem>,
    {
        self.excluded_content_categories = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`excluded_content_categories`](Self::excluded_content_categories), or clears it with `None`.
    pub fn set_or_clear_excluded_content_categories(
        mut self,
        value: Option<Vec<ContentFilterExcludedContentCategoriesItem>>,
    ) -> Self {
        self.excluded_content_categories = value;
        self
    }
    /// Sets [`included_content_categories`](Self::included_content_categories).
    pub fn set_included_content_categories<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<ContentFilterIncludedContentCategoriesItem>,
    {
        self.included_content_categories = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`included_content_categories`](Self::included_content_categories), or clears it with `None`.
    pub fn set_or_clear_included_content_categories(
        mut self,
        value: Option<Vec<ContentFilterIncludedContentCategoriesItem>>,
    ) -> Self {
        self.included_content_categories = value;
        self
    }
}
/// The `ContentFilter.properties.excludedContentCategories.items` schema.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentFilterExcludedContentCategoriesItem {
    /// Default content category. This category is ignored when any other category is used in the filter.
    None,
    /// Media items containing landscapes.
    Landscapes,
    /// Media items containing receipts.
    Receipts,
    /// Media items containing cityscapes.
    Cityscapes,
    /// Media items containing landmarks.
    Landmarks,
    /// Media items that are selfies.
    Selfies,
    /// Media items containing people.
    People,
    /// Media items containing pets.
    Pets,
    /// Media items from weddings.
    Weddings,
    /// Media items from birthdays.
    Birthdays,
    /// Media items containing documents.
    Documents,
    /// Media items taken during travel.
    Travel,
    /// Media items containing animals.
    Animals,
    /// Media items containing food.
    Food,
    /// Media items from sporting events.
    Sport,
    /// Media items taken at night.
    Night,
    /// Media items from performances.
    Performances,
    /// Media items containing whiteboards.
    Whiteboards,
    /// Media items that are screenshots.
    Screenshots,
    /// Media items that are considered to be utility. These include, but aren't limited to documents, screenshots, whiteboards etc.
    Utility,
    /// Media items containing art.
    Arts,
    /// Media items containing crafts.
    Crafts,
    /// Media items related to fashion.
    Fashion,
    /// Media items containing houses.
    Houses,
    /// Media items containing gardens.
    Gardens,
    /// Media items containing flowers.
    Flowers,
    /// Media items taken of holidays.
    Holidays,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ContentFilterExcludedContentCategoriesItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Landscapes => "LANDSCAPES",
            Self::Receipts => "RECEIPTS",
            Self::Cityscapes => "CITYSCAPES",
            Self::Landmarks => "LANDMARKS",
            Self::Selfies => "SELFIES",
            Self::People => "PEOPLE",
            Self::Pets => "PETS",
            Self::Weddings => "WEDDINGS",
            Self::Birthdays => "BIRTHDAYS",
            Self::Documents => "DOCUMENTS",
            Self::Travel => "TRAVEL",
            Self::Animals => "ANIMALS",
            Self::Food => "FOOD",
            Self::Sport => "SPORT",
            Self::Night => "NIGHT",
            Self::Performances => "PERFORMANCES",
            Self::Whiteboards => "WHITEBOARDS",
            Self::Screenshots => "SCREENSHOTS",
            Self::Utility => "UTILITY",
            Self::Arts => "ARTS",
            Self::Crafts => "CRAFTS",
            Self::Fashion => "FASHION",
            Self::Houses => "HOUSES",
            Self::Gardens => "GARDENS",
            Self::Flowers => "FLOWERS",
            Self::Holidays => "HOLIDAYS",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ContentFilterExcludedContentCategoriesItem {
    fn from(value: &str) -> Self {
        match value {
            "NONE" => Self::None,
            "LANDSCAPES" => Self::Landscapes,
            "RECEIPTS" => Self::Receipts,
            "CITYSCAPES" => Self::Cityscapes,
            "LANDMARKS" => Self::Landmarks,
            "SELFIES" => Self::Selfies,
            "PEOPLE" => Self::People,
            "PETS" => Self::Pets,
            "WEDDINGS" => Self::Weddings,
            "BIRTHDAYS" => Self::Birthdays,
            "DOCUMENTS" => Self::Documents,
            "TRAVEL" => Self::Travel,
            "ANIMALS" => Self::Animals,
            "FOOD" => Self::Food,
            "SPORT" => Self::Sport,
            "NIGHT" => Self::Night,
            "PERFORMANCES" => Self::Performances,
            "WHITEBOARDS" => Self::Whiteboards,
            "SCREENSHOTS" => Self::Screenshots,
            "UTILITY" => Self::Utility,
            "ARTS" => Self::Arts,
            "CRAFTS" => Self::Crafts,
            "FASHION" => Self::Fashion,
            "HOUSES" => Self::Houses,
            "GARDENS" => Self::Gardens,
            "FLOWERS" => Self::Flowers,
            "HOLIDAYS" => Self::Holidays,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ContentFilterExcludedContentCategoriesItem {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
        }
    }
}
impl std::fmt::Display for ContentFilterExcludedContentCategoriesItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ContentFilterExcludedContentCategoriesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ContentFilterExcludedContentCategoriesItem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// The `ContentFilter.properties.includedContentCategories.items` schema.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentFilterIncludedContentCategoriesItem {
    /// Default content category. This category is ignored when any other category is used in the filter.
    None,
    /// Media items containing landscapes.
    Landscapes,
    /// Media items containing receipts.
    Receipts,
    /// Media items containing cityscapes.
    Cityscapes,
    /// Media items containing landmarks.
    Landmarks,
    /// Media items that are selfies.
    Selfies,
    /// Media items containing people.
    People,
    /// Media items containing pets.
    Pets,
    /// Media items from weddings.
    Weddings,
    /// Media items from birthdays.
    Birthdays,
    /// Media items containing documents.
    Documents,
    /// Media items taken during travel.
    Travel,
    /// Media items containing animals.
    Animals,
    /// Media items containing food.
    Food,
    /// Media items from sporting events.
    Sport,
    /// Media items taken at night.
    Night,
    /// Media items from performances.
    Performances,
    /// Media items containing whiteboards.
    Whiteboards,
    /// Media items that are screenshots.
    Screenshots,
    /// Media items that are considered to be utility. These include, but aren't limited to documents, screenshots, whiteboards etc.
    Utility,
    /// Media items containing art.
    Arts,
    /// Media items containing crafts.
    Crafts,
    /// Media items related to fashion.
    Fashion,
    /// Media items containing houses.
    Houses,
    /// Media items containing gardens.
    Gardens,
    /// Media items containing flowers.
    Flowers,
    /// Media items taken of holidays.
    Holidays,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ContentFilterIncludedContentCategoriesItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Landscapes => "LANDSCAPES",
            Self::Receipts => "RECEIPTS",
            Self::Cityscapes => "CITYSCAPES",
            Self::Landmarks => "LANDMARKS",
            Self::Selfies => "SELFIES",
            Self::People => "PEOPLE",
            Self::Pets => "PETS",
            Self::Weddings => "WEDDINGS",
            Self::Birthdays => "BIRTHDAYS",
            Self::Documents => "DOCUMENTS",
            Self::Travel => "TRAVEL",
            Self::Animals => "ANIMALS",
            Self::Food => "FOOD",
            Self::Sport => "SPORT",
            Self::Night => "NIGHT",
            Self::Performances => "PERFORMANCES",
            Self::Whiteboards => "WHITEBOARDS",
            Self::Screenshots => "SCREENSHOTS",
            Self::Utility => "UTILITY",
            Self::Arts => "ARTS",
            Self::Crafts => "CRAFTS",
            Self::Fashion => "FASHION",
            Self::Houses => "HOUSES",
            Self::Gardens => "GARDENS",
            Self::Flowers => "FLOWERS",
            Self::Holidays => "HOLIDAYS",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ContentFilterIncludedContentCategoriesItem {
    fn from(value: &str) -> Self {
        match value {
            "NONE" => Self::None,
            "LANDSCAPES" => Self::Landscapes,
            "RECEIPTS" => Self::Receipts,
            "CITYSCAPES" => Self::Cityscapes,
            "LANDMARKS" => Self::Landmarks,
            "SELFIES" => Self::Selfies,
            "PEOPLE" => Self::People,
            "PETS" => Self::Pets,
            "WEDDINGS" => Self::Weddings,
            "BIRTHDAYS" => Self::Birthdays,
            "DOCUMENTS" => Self::Documents,
            "TRAVEL" => Self::Travel,
            "ANIMALS" => Self::Animals,
            "FOOD" => Self::Food,
            "SPORT" => Self::Sport,
            "NIGHT" => Self::Night,
            "PERFORMANCES" => Self::Performances,
            "WHITEBOARDS" => Self::Whiteboards,
            "SCREENSHOTS" => Self::Screenshots,
            "UTILITY" => Self::Utility,
            "ARTS" => Self::Arts,
            "CRAFTS" => Self::Crafts,
            "FASHION" => Self::Fashion,
            "HOUSES" => Self::Houses,
            "GARDENS" => Self::Gardens,
            "FLOWERS" => Self::Flowers,
            "HOLIDAYS" => Self::Holidays,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ContentFilterIncludedContentCategoriesItem {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
        }
    }
}
impl std::fmt::Display for ContentFilterIncludedContentCategoriesItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ContentFilterIncludedContentCategoriesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ContentFilterIncludedContentCategoriesItem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Information about the user who added the media item. Note that this information is included only if the media item is within a shared album created by your app and you have the sharing scope.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ContributorInfo {
    /// Display name of the contributor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// URL to the profile picture of the contributor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile_picture_base_url: Option<String>,
}
impl ContributorInfo {
    /// Sets [`display_name`](Self::display_name).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets [`display_name`](Self::display_name), or clears it with `None`.
    pub fn set_or_clear_display_name(mut self, value: Option<String>) -> Self {
        self.display_name = value;
        self
    }
    /// Sets [`profile_picture_base_url`](Self::profile_picture_base_url).
    pub fn set_profile_picture_base_url(mut self, value: impl Into<String>) -> Self {
        self.profile_picture_base_url = Some(value.into());
        self
    }
    /// Sets [`profile_picture_base_url`](Self::profile_picture_base_url), or clears it with `None`.
    pub fn set_or_clear_profile_picture_base_url(mut self, value: Option<String>) -> Self {
        self.profile_picture_base_url = value;
        self
    }
}
/// Request to create an album in Google Photos.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreateAlbumRequest {
    /// Required. The album to be created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub album: Option<Album>,
}
impl CreateAlbumRequest {
    /// Sets [`album`](Self::album).
    pub fn set_album(mut self, value: impl Into<Album>) -> Self {
        self.album = Some(value.into());
        self
    }
    /// Sets [`album`](Self::album), or clears it with `None`.
    pub fn set_or_clear_album(mut self, value: Option<Album>) -> Self {
        self.album = value;
        self
    }
}
/// Represents a whole calendar date. Set `day` to 0 when only the month and year are significant, for example, all of December 2018. Set `day` and `month` to 0 if only the year is significant, for example, the entire of 2018. Set `year` to 0 when only the day and month are significant, for example, an anniversary or birthday. Unsupported: Setting all values to 0, only `month` to 0, or both `day` and `year` to 0 at the same time.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Date {
    /// Day of month. Must be from 1 to 31 and valid for the year and month, or 0 if specifying a year/month where the day isn't significant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<i32>,
    /// Month of a year. Must be from 1 to 12, or 0 to specify a year without a month and day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<i32>,
    /// Year of the date. Must be from 1 to 9999, or 0 to specify a date without a year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}
impl Date {
    /// Sets [`day`](Self::day).
    pub fn set_day(mut self, value: impl Into<i32>) -> Self {
        self.day = Some(value.into());
        self
    }
    /// Sets [`day`](Self::day), or clears it with `None`.
    pub fn set_or_clear_day(mut self, value: Option<i32>) -> Self {
        self.day = value;
        self
    }
    /// Sets [`month`](Self::month).
    pub fn set_month(mut self, value: impl Into<i32>) -> Self {
        self.month = Some(value.into());
        self
    }
    /// Sets [`month`](Self::month), or clears it with `None`.
    pub fn set_or_clear_month(mut self, value: Option<i32>) -> Self {
        self.month = value;
        self
    }
    /// Sets [`year`](Self::year).
    pub fn set_year(mut self, value: impl Into<i32>) -> Self {
        self.year = Some(value.into());
        self
    }
    /// Sets [`year`](Self::year), or clears it with `None`.
    pub fn set_or_clear_year(mut self, value: Option<i32>) -> Self {
        self.year = value;
        self
    }
}
/// This filter defines the allowed dates or date ranges for the media returned. It's possible to pick a set of specific dates and a set of date ranges. Media items uploaded without metadata specifying the date the media item was captured will not be returned in queries using date filters. Google Photos server upload time is not used as a fallback in this case.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct DateFilter {
    /// List of dates that match the media items' creation date. A maximum of 5 dates can be included per request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dates: Option<Vec<Date>>,
    /// List of dates ranges that match the media items' creation date. A maximum of 5 dates ranges can be included per request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranges: Option<Vec<DateRange>>,
}
impl DateFilter {
    /// Sets [`dates`](Self::dates).
    pub fn set_dates<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Date>,
    {
        self.dates = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`dates`](Self::dates), or clears it with `None`.
    pub fn set_or_clear_dates(mut self, value: Option<Vec<Date>>) -> Self {
        self.dates = value;
        self
    }
    /// Sets [`ranges`](Self::ranges).
    pub fn set_ranges<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<DateRange>,
    {
        self.ranges = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`ranges`](Self::ranges), or clears it with `None`.
    pub fn set_or_clear_ranges(mut self, value: Option<Vec<DateRange>>) -> Self {
        self.ranges = value;
        self
    }
}
/// Defines a range of dates. Both dates must be of the same format. For more information, see Date.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct DateRange {
    /// The end date (included as part of the range). It must be specified in the same format as the start date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<Date>,
    /// The start date (included as part of the range) in one of the formats described.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
}
impl DateRange {
    /// Sets [`end_date`](Self::end_date).
    pub fn set_end_date(mut self, value: impl Into<Date>) -> Self {
        self.end_date = Some(value.into());
        self
    }
    /// Sets [`end_date`](Self::end_date), or clears it with `None`.
    pub fn set_or_clear_end_date(mut self, value: Option<Date>) -> Self {
        self.end_date = value;
        self
    }
    /// Sets [`start_date`](Self::start_date).
    pub fn set_start_date(mut self, value: impl Into<Date>) -> Self {
        self.start_date = Some(value.into());
        self
    }
    /// Sets [`start_date`](Self::start_date), or clears it with `None`.
    pub fn set_or_clear_start_date(mut self, value: Option<Date>) -> Self {
        self.start_date = value;
        self
    }
}
/// An enrichment item.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct EnrichmentItem {
    /// Identifier of the enrichment item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl EnrichmentItem {
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
}
/// This filter defines the features that the media items should have.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct FeatureFilter {
    /// The set of features to be included in the media item search results. The items in the set are ORed and may match any of the specified features.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub included_features: Option<Vec<FeatureFilterIncludedFeaturesItem>>,
}
impl FeatureFilter {
    /// Sets [`included_features`](Self::included_features).
    pub fn set_included_features<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<FeatureFilterIncludedFeaturesItem>,
    {
        self.included_features = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`included_features`](Self::included_features), or clears it with `None`.
    pub fn set_or_clear_included_features(
        mut self,
        value: Option<Vec<FeatureFilterIncludedFeaturesItem>>,
    ) -> Self {
        self.included_features = value;
        self
    }
}
/// The `FeatureFilter.properties.includedFeatures.items` schema.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FeatureFilterIncludedFeaturesItem {
    /// Treated as if no filters are applied. All features are included.
    None,
    /// Media items that the user has marked as favorites in the Google Photos app.
    Favorites,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl FeatureFilterIncludedFeaturesItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Favorites => "FAVORITES",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for FeatureFilterIncludedFeaturesItem {
    fn from(value: &str) -> Self {
        match value {
            "NONE" => Self::None,
            "FAVORITES" => Self::Favorites,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for FeatureFilterIncludedFeaturesItem {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
        }
    }
}
impl std::fmt::Display for FeatureFilterIncludedFeaturesItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for FeatureFilterIncludedFeaturesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FeatureFilterIncludedFeaturesItem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Filters that can be applied to a media item search. If multiple filter options are specified, they're treated as AND with each other.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Filters {
    /// Filters the media items based on their content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_filter: Option<ContentFilter>,
    /// Filters the media items based on their creation date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_filter: Option<DateFilter>,
    /// If set, the results exclude media items that were not created by this app. Defaults to false (all media items are returned). This field is ignored if the photoslibrary.readonly.appcreateddata scope is used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclude_non_app_created_data: Option<bool>,
    /// Filters the media items based on their features.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feature_filter: Option<FeatureFilter>,
    /// If set, the results include media items that the user has archived. Defaults to false (archived media items aren't included).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include_archived_media: Option<bool>,
    /// Filters the media items based on the type of media.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_type_filter: Option<MediaTypeFilter>,
}
impl Filters {
    /// Sets [`content_filter`](Self::content_filter).
    pub fn set_content_filter(mut self, value: impl Into<ContentFilter>) -> Self {
        self.content_filter = Some(value.into());
        self
    }
    /// Sets [`content_filter`](Self::content_filter), or clears it with `None`.
    pub fn set_or_clear_content_filter(mut self, value: Option<ContentFilter>) -> Self {
        self.content_filter = value;
        self
    }
    /// Sets [`date_filter`](Self::date_filter).
    pub fn set_date_filter(mut self, value: impl Into<DateFilter>) -> Self {
        self.date_filter = Some(value.into());
        self
    }
    /// Sets [`date_filter`](Self::date_filter), or clears it with `None`.
    pub fn set_or_clear_date_filter(mut self, value: Option<DateFilter>) -> Self {
        self.date_filter = value;
        self
    }
    /// Sets [`exclude_non_app_created_data`](Self::exclude_non_app_created_data).
    pub fn set_exclude_non_app_created_data(mut self, value: impl Into<bool>) -> Self {
        self.exclude_non_app_created_data = Some(value.into());
        self
    }
    /// Sets [`exclude_non_app_created_data`](Self::exclude_non_app_created_data), or clears it with `None`.
    pub fn set_or_clear_exclude_non_app_created_data(mut self, value: Option<bool>) -> Self {
        self.exclude_non_app_created_data = value;
        self
    }
    /// Sets [`feature_filter`](Self::feature_filter).
    pub fn set_feature_filter(mut self, value: impl Into<FeatureFilter>) -> Self {
        self.feature_filter = Some(value.into());
        self
    }
    /// Sets [`feature_filter`](Self::feature_filter), or clears it with `None`.
    pub fn set_or_clear_feature_filter(mut self, value: Option<FeatureFilter>) -> Self {
        self.feature_filter = value;
        self
    }
    /// Sets [`include_archived_media`](Self::include_archived_media).
    pub fn set_include_archived_media(mut self, value: impl Into<bool>) -> Self {
        self.include_archived_media = Some(value.into());
        self
    }
    /// Sets [`include_archived_media`](Self::include_archived_media), or clears it with `None`.
    pub fn set_or_clear_include_archived_media(mut self, value: Option<bool>) -> Self {
        self.include_archived_media = value;
        self
    }
    /// Sets [`media_type_filter`](Self::media_type_filter).
    pub fn set_media_type_filter(mut self, value: impl Into<MediaTypeFilter>) -> Self {
        self.media_type_filter = Some(value.into());
        self
    }
    /// Sets [`media_type_filter`](Self::media_type_filter), or clears it with `None`.
    pub fn set_or_clear_media_type_filter(mut self, value: Option<MediaTypeFilter>) -> Self {
        self.media_type_filter = value;
        self
    }
}
/// Request to join a shared album on behalf of the user. This uses a shareToken which can be acquired via the shareAlbum or listSharedAlbums calls.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct JoinSharedAlbumRequest {
    /// Required. Token to join the shared album on behalf of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_token: Option<String>,
}
impl JoinSharedAlbumRequest {
    /// Sets [`share_token`](Self::share_token).
    pub fn set_share_token(mut self, value: impl Into<String>) -> Self {
        self.share_token = Some(value.into());
        self
    }
    /// Sets [`share_token`](Self::share_token), or clears it with `None`.
    pub fn set_or_clear_share_token(mut self, value: Option<String>) -> Self {
        self.share_token = value;
        self
    }
}
/// Response to successfully joining the shared album on behalf of the user.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct JoinSharedAlbumResponse {
    /// Shared album that the user has joined.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub album: Option<Album>,
}
impl JoinSharedAlbumResponse {
    /// Sets [`album`](Self::album).
    pub fn set_album(mut self, value: impl Into<Album>) -> Self {
        self.album = Some(value.into());
        self
    }
    /// Sets [`album`](Self::album), or clears it with `None`.
    pub fn set_or_clear_album(mut self, value: Option<Album>) -> Self {
        self.album = value;
        self
    }
}
/// An object that represents a latitude/longitude pair. This is expressed as a pair of doubles to represent degrees latitude and degrees longitude. Unless specified otherwise, this object must conform to the WGS84 standard. Values must be within normalized ranges.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct LatLng {
    /// The latitude in degrees. It must be in the range \[-90.0, +90.0\].
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float64>>"
    )]
    pub latitude: Option<f64>,
    /// The longitude in degrees. It must be in the range \[-180.0, +180.0\].
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float64>>"
    )]
    pub longitude: Option<f64>,
}
impl LatLng {
    /// Sets [`latitude`](Self::latitude).
    pub fn set_latitude(mut self, value: impl Into<f64>) -> Self {
        self.latitude = Some(value.into());
        self
    }
    /// Sets [`latitude`](Self::latitude), or clears it with `None`.
    pub fn set_or_clear_latitude(mut self, value: Option<f64>) -> Self {
        self.latitude = value;
        self
    }
    /// Sets [`longitude`](Self::longitude).
    pub fn set_longitude(mut self, value: impl Into<f64>) -> Self {
        self.longitude = Some(value.into());
        self
    }
    /// Sets [`longitude`](Self::longitude), or clears it with `None`.
    pub fn set_or_clear_longitude(mut self, value: Option<f64>) -> Self {
        self.longitude = value;
        self
    }
}
/// Request to leave a shared album on behalf of the user. This uses a shareToken which can be acquired via the or listSharedAlbums or getAlbum calls.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct LeaveSharedAlbumRequest {
    /// Required. Token to leave the shared album on behalf of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_token: Option<String>,
}
impl LeaveSharedAlbumRequest {
    /// Sets [`share_token`](Self::share_token).
    pub fn set_share_token(mut self, value: impl Into<String>) -> Self {
        self.share_token = Some(value.into());
        self
    }
    /// Sets [`share_token`](Self::share_token), or clears it with `None`.
    pub fn set_or_clear_share_token(mut self, value: Option<String>) -> Self {
        self.share_token = value;
        self
    }
}
/// Response to successfully leaving the shared album on behalf of the user.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct LeaveSharedAlbumResponse {}
/// List of albums requested.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListAlbumsResponse {
    /// Output only. List of albums shown in the Albums tab of the user's Google Photos app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub albums: Option<Vec<Album>>,
    /// Output only. Token to use to get the next set of albums. Populated if there are more albums to retrieve for this request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
impl ListAlbumsResponse {
    /// Sets [`albums`](Self::albums).
    pub fn set_albums<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Album>,
    {
        self.albums = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`albums`](Self::albums), or clears it with `None`.
    pub fn set_or_clear_albums(mut self, value: Option<Vec<Album>>) -> Self {
        self.albums = value;
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token), or clears it with `None`.
    pub fn set_or_clear_next_page_token(mut self, value: Option<String>) -> Self {
        self.next_page_token = value;
        self
    }
}
/// List of all media items from the user's Google Photos library.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListMediaItemsResponse {
    /// Output only. List of media items in the user's library.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_items: Option<Vec<MediaItem>>,
    /// Output only. Token to use to get the next set of media items. Its presence is the only reliable indicator of more media items being available in the next request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
impl ListMediaItemsResponse {
    /// Sets [`media_items`](Self::media_items).
    pub fn set_media_items<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<MediaItem>,
    {
        self.media_items = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`media_items`](Self::media_items), or clears it with `None`.
    pub fn set_or_clear_media_items(mut self, value: Option<Vec<MediaItem>>) -> Self {
        self.media_items = value;
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token), or clears it with `None`.
    pub fn set_or_clear_next_page_token(mut self, value: Option<String>) -> Self {
        self.next_page_token = value;
        self
    }
}
/// List of shared albums requested.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListSharedAlbumsResponse {
    /// Output only. Token to use to get the next set of shared albums. Populated if there are more shared albums to retrieve for this request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Output only. List of shared albums.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shared_albums: Option<Vec<Album>>,
}
impl ListSharedAlbumsResponse {
    /// Sets [`next_page_token`](Self::next_page_token).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token), or clears it with `None`.
    pub fn set_or_clear_next_page_token(mut self, value: Option<String>) -> Self {
        self.next_page_token = value;
        self
    }
    /// Sets [`shared_albums`](Self::shared_albums).
    pub fn set_shared_albums<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Album>,
    {
        self.shared_albums = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`shared_albums`](Self::shared_albums), or clears it with `None`.
    pub fn set_or_clear_shared_albums(mut self, value: Option<Vec<Album>>) -> Self {
        self.shared_albums = value;
        self
    }
}
/// Represents a physical location.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Location {
    /// Position of the location on the map.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latlng: Option<LatLng>,
    /// Name of the location to be displayed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_name: Option<String>,
}
impl Location {
    /// Sets [`latlng`](Self::latlng).
    pub fn set_latlng(mut self, value: impl Into<LatLng>) -> Self {
        self.latlng = Some(value.into());
        self
    }
    /// Sets [`latlng`](Self::latlng), or clears it with `None`.
    pub fn set_or_clear_latlng(mut self, value: Option<LatLng>) -> Self {
        self.latlng = value;
        self
    }
    /// Sets [`location_name`](Self::location_name).
    pub fn set_location_name(mut self, value: impl Into<String>) -> Self {
        self.location_name = Some(value.into());
        self
    }
    /// Sets [`location_name`](Self::location_name), or clears it with `None`.
    pub fn set_or_clear_location_name(mut self, value: Option<String>) -> Self {
        self.location_name = value;
        self
    }
}
/// An enrichment containing a single location.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct LocationEnrichment {
    /// Location for this enrichment item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}
impl LocationEnrichment {
    /// Sets [`location`](Self::location).
    pub fn set_location(mut self, value: impl Into<Location>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets [`location`](Self::location), or clears it with `None`.
    pub fn set_or_clear_location(mut self, value: Option<Location>) -> Self {
        self.location = value;
        self
    }
}
/// An enrichment containing a map, showing origin and destination locations.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct MapEnrichment {
    /// Destination location for this enrichemt item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination: Option<Location>,
    /// Origin location for this enrichment item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Location>,
}
impl MapEnrichment {
    /// Sets [`destination`](Self::destination).
    pub fn set_destination(mut self, value: impl Into<Location>) -> Self {
        self.destination = Some(value.into());
        self
    }
    /// Sets [`destination`](Self::destination), or clears it with `None`.
    pub fn set_or_clear_destination(mut self, value: Option<Location>) -> Self {
        self.destination = value;
        self
    }
    /// Sets [`origin`](Self::origin).
    pub fn set_origin(mut self, value: impl Into<Location>) -> Self {
        self.origin = Some(value.into());
        self
    }
    /// Sets [`origin`](Self::origin), or clears it with `None`.
    pub fn set_or_clear_origin(mut self, value: Option<Location>) -> Self {
        self.origin = value;
        self
    }
}
/// Representation of a media item (such as a photo or video) in Google Photos.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct MediaItem {
    /// A URL to the media item's bytes. This shouldn't be used as is. Parameters should be appended to this URL before use. See the \[developer documentation\](<https://developers.google.com/photos/library/guides/access-media-items#base-urls>) for a complete list of supported parameters. For example, `'=w2048-h1024'` will set the dimensions of a media item of type photo to have a width of 2048 px and height of 1024 px.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Information about the user who added this media item. Note that this is only included when using mediaItems.search with the ID of a shared album. The album must be created by your app and you must have the sharing scope.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contributor_info: Option<ContributorInfo>,
    /// Description of the media item. This is shown to the user in the item's info section in the Google Photos app. Must be shorter than 1000 characters. Only include text written by users. Descriptions should add context and help users understand media. Do not include any auto-generated strings such as filenames, tags, and other metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Filename of the media item. This is shown to the user in the item's info section in the Google Photos app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// Identifier for the media item. This is a persistent identifier that can be used between sessions to identify this media item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Metadata related to the media item, such as, height, width, or creation time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_metadata: Option<MediaMetadata>,
    /// MIME type of the media item. For example, `image/jpeg`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// Google Photos URL for the media item. This link is available to the user only if they're signed in. When retrieved from an album search, the URL points to the item inside the album.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_url: Option<String>,
}
impl MediaItem {
    /// Sets [`base_url`](Self::base_url).
    pub fn set_base_url(mut self, value: impl Into<String>) -> Self {
        self.base_url = Some(value.into());
        self
    }
    /// Sets [`base_url`](Self::base_url), or clears it with `None`.
    pub fn set_or_clear_base_url(mut self, value: Option<String>) -> Self {
        self.base_url = value;
        self
    }
    /// Sets [`contributor_info`](Self::contributor_info).
    pub fn set_contributor_info(mut self, value: impl Into<ContributorInfo>) -> Self {
        self.contributor_info = Some(value.into());
        self
    }
    /// Sets [`contributor_info`](Self::contributor_info), or clears it with `None`.
    pub fn set_or_clear_contributor_info(mut self, value: Option<ContributorInfo>) -> Self {
        self.contributor_info = value;
        self
    }
    /// Sets [`description`](Self::description).
    pub fn set_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets [`description`](Self::description), or clears it with `None`.
    pub fn set_or_clear_description(mut self, value: Option<String>) -> Self {
        self.description = value;
        self
    }
    /// Sets [`filename`](Self::filename).
    pub fn set_filename(mut self, value: impl Into<String>) -> Self {
        self.filename = Some(value.into());
        self
    }
    /// Sets [`filename`](Self::filename), or clears it with `None`.
    pub fn set_or_clear_filename(mut self, value: Option<String>) -> Self {
        self.filename = value;
        self
    }
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
    /// Sets [`media_metadata`](Self::media_metadata).
    pub fn set_media_metadata(mut self, value: impl Into<MediaMetadata>) -> Self {
        self.media_metadata = Some(value.into());
        self
    }
    /// Sets [`media_metadata`](Self::media_metadata), or clears it with `None`.
    pub fn set_or_clear_media_metadata(mut self, value: Option<MediaMetadata>) -> Self {
        self.media_metadata = value;
        self
    }
    /// Sets [`mime_type`](Self::mime_type).
    pub fn set_mime_type(mut self, value: impl Into<String>) -> Self {
        self.mime_type = Some(value.into());
        self
    }
    /// Sets [`mime_type`](Self::mime_type), or clears it with `None`.
    pub fn set_or_clear_mime_type(mut self, value: Option<String>) -> Self {
        self.mime_type = value;
        self
    }
    /// Sets [`product_url`](Self::product_url).
    pub fn set_product_url(mut self, value: impl Into<String>) -> Self {
        self.product_url = Some(value.into());
        self
    }
    /// Sets [`product_url`](Self::product_url), or clears it with `None`.
    pub fn set_or_clear_product_url(mut self, value: Option<String>) -> Self {
        self.product_url = value;
        self
    }
}
/// Result of retrieving a media item.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct MediaItemResult {
    /// Media item retrieved from the user's library. It's populated if no errors occurred and the media item was fetched successfully.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_item: Option<MediaItem>,
    /// If an error occurred while accessing this media item, this field is populated with information related to the error. For details regarding this field, see Status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
}
impl MediaItemResult {
    /// Sets [`media_item`](Self::media_item).
    pub fn set_media_item(mut self, value: impl Into<MediaItem>) -> Self {
        self.media_item = Some(value.into());
        self
    }
    /// Sets [`media_item`](Self::media_item), or clears it with `None`.
    pub fn set_or_clear_media_item(mut self, value: Option<MediaItem>) -> Self {
        self.media_item = value;
        self
    }
    /// Sets [`status`](Self::status).
    pub fn set_status(mut self, value: impl Into<Status>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets [`status`](Self::status), or clears it with `None`.
    pub fn set_or_clear_status(mut self, value: Option<Status>) -> Self {
        self.status = value;
        self
    }
}
/// Metadata for a media item.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct MediaMetadata {
    /// Time when the media item was first created (not when it was uploaded to Google Photos).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<rt::Timestamp>,
    /// Original height (in pixels) of the media item.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub height: Option<i64>,
    /// Metadata for a photo media type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub photo: Option<Photo>,
    /// Metadata for a video media type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video: Option<Video>,
    /// Original width (in pixels) of the media item.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub width: Option<i64>,
}
impl MediaMetadata {
    /// Sets [`creation_time`](Self::creation_time).
    pub fn set_creation_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.creation_time = Some(value.into());
        self
    }
    /// Sets [`creation_time`](Self::creation_time), or clears it with `None`.
    pub fn set_or_clear_creation_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.creation_time = value;
        self
    }
    /// Sets [`height`](Self::height).
    pub fn set_height(mut self, value: impl Into<i64>) -> Self {
        self.height = Some(value.into());
        self
    }
    /// Sets [`height`](Self::height), or clears it with `None`.
    pub fn set_or_clear_height(mut self, value: Option<i64>) -> Self {
        self.height = value;
        self
    }
    /// Sets [`photo`](Self::photo).
    pub fn set_photo(mut self, value: impl Into<Photo>) -> Self {
        self.photo = Some(value.into());
        self
    }
    /// Sets [`photo`](Self::photo), or clears it with `None`.
    pub fn set_or_clear_photo(mut self, value: Option<Photo>) -> Self {
        self.photo = value;
        self
    }
    /// Sets [`video`](Self::video).
    pub fn set_video(mut self, value: impl Into<Video>) -> Self {
        self.video = Some(value.into());
        self
    }
    /// Sets [`video`](Self::video), or clears it with `None`.
    pub fn set_or_clear_video(mut self, value: Option<Video>) -> Self {
        self.video = value;
        self
    }
    /// Sets [`width`](Self::width).
    pub fn set_width(mut self, value: impl Into<i64>) -> Self {
        self.width = Some(value.into());
        self
    }
    /// Sets [`width`](Self::width), or clears it with `None`.
    pub fn set_or_clear_width(mut self, value: Option<i64>) -> Self {
        self.width = value;
        self
    }
}
/// This filter defines the type of media items to be returned, for example, videos or photos. Only one media type is supported.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct MediaTypeFilter {
    /// The types of media items to be included. This field should be populated with only one media type. If you specify multiple media types, it results in an error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_types: Option<Vec<MediaTypeFilterMediaTypesItem>>,
}
impl MediaTypeFilter {
    /// Sets [`media_types`](Self::media_types).
    pub fn set_media_types<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<MediaTypeFilterMediaTypesItem>,
    {
        self.media_types = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`media_types`](Self::media_types), or clears it with `None`.
    pub fn set_or_clear_media_types(
        mut self,
        value: Option<Vec<MediaTypeFilterMediaTypesItem>>,
    ) -> Self {
        self.media_types = value;
        self
    }
}
/// The `MediaTypeFilter.properties.mediaTypes.items` schema.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MediaTypeFilterMediaTypesItem {
    /// Treated as if no filters are applied. All media types are included.
    AllMedia,
    /// All media items that are considered videos. This also includes movies the user has created using the Google Photos app.
    Video,
    /// All media items that are considered photos. This includes .bmp, .gif, .ico, .jpg (and other spellings), .tiff, .webp and special photo types such as iOS live photos, Android motion photos, panoramas, photospheres.
    Photo,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl MediaTypeFilterMediaTypesItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllMedia => "ALL_MEDIA",
            Self::Video => "VIDEO",
            Self::Photo => "PHOTO",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for MediaTypeFilterMediaTypesItem {
    fn from(value: &str) -> Self {
        match value {
            "ALL_MEDIA" => Self::AllMedia,
            "VIDEO" => Self::Video,
            "PHOTO" => Self::Photo,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for MediaTypeFilterMediaTypesItem {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
        }
    }
}
impl std::fmt::Display for MediaTypeFilterMediaTypesItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for MediaTypeFilterMediaTypesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for MediaTypeFilterMediaTypesItem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// A new enrichment item to be added to an album, used by the `albums.addEnrichment` call.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct NewEnrichmentItem {
    /// Location to be added to the album.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_enrichment: Option<LocationEnrichment>,
    /// Map to be added to the album.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub map_enrichment: Option<MapEnrichment>,
    /// Text to be added to the album.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_enrichment: Option<TextEnrichment>,
}
impl NewEnrichmentItem {
    /// Sets [`location_enrichment`](Self::location_enrichment).
    pub fn set_location_enrichment(mut self, value: impl Into<LocationEnrichment>) -> Self {
        self.location_enrichment = Some(value.into());
        self
    }
    /// Sets [`location_enrichment`](Self::location_enrichment), or clears it with `None`.
    pub fn set_or_clear_location_enrichment(mut self, value: Option<LocationEnrichment>) -> Self {
        self.location_enrichment = value;
        self
    }
    /// Sets [`map_enrichment`](Self::map_enrichment).
    pub fn set_map_enrichment(mut self, value: impl Into<MapEnrichment>) -> Self {
        self.map_enrichment = Some(value.into());
        self
    }
    /// Sets [`map_enrichment`](Self::map_enrichment), or clears it with `None`.
    pub fn set_or_clear_map_enrichment(mut self, value: Option<MapEnrichment>) -> Self {
        self.map_enrichment = value;
        self
    }
    /// Sets [`text_enrichment`](Self::text_enrichment).
    pub fn set_text_enrichment(mut self, value: impl Into<TextEnrichment>) -> Self {
        self.text_enrichment = Some(value.into());
        self
    }
    /// Sets [`text_enrichment`](Self::text_enrichment), or clears it with `None`.
    pub fn set_or_clear_text_enrichment(mut self, value: Option<TextEnrichment>) -> Self {
        self.text_enrichment = value;
        self
    }
}
/// New media item that's created in a user's Google Photos account.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct NewMediaItem {
    /// Description of the media item. This is shown to the user in the item's info section in the Google Photos app. Must be shorter than 1000 characters. Only include text written by users. Descriptions should add context and help users understand media. Do not include any auto-generated strings such as filenames, tags, and other metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A new media item that has been uploaded via the included `uploadToken`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub simple_media_item: Option<SimpleMediaItem>,
}
impl NewMediaItem {
    /// Sets [`description`](Self::description).
    pub fn set_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets [`description`](Self::description), or clears it with `None`.
    pub fn set_or_clear_description(mut self, value: Option<String>) -> Self {
        self.description = value;
        self
    }
    /// Sets [`simple_media_item`](Self::simple_media_item).
    pub fn set_simple_media_item(mut self, value: impl Into<SimpleMediaItem>) -> Self {
        self.simple_media_item = Some(value.into());
        self
    }
    /// Sets [`simple_media_item`](Self::simple_media_item), or clears it with `None`.
    pub fn set_or_clear_simple_media_item(mut self, value: Option<SimpleMediaItem>) -> Self {
        self.simple_media_item = value;
        self
    }
}
/// Result of creating a new media item.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct NewMediaItemResult {
    /// Media item created with the upload token. It's populated if no errors occurred and the media item was created successfully.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_item: Option<MediaItem>,
    /// If an error occurred during the creation of this media item, this field is populated with information related to the error. For details regarding this field, see Status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// The upload token used to create this new (simple) media item. Only populated if the media item is simple and required a single upload token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upload_token: Option<String>,
}
impl NewMediaItemResult {
    /// Sets [`media_item`](Self::media_item).
    pub fn set_media_item(mut self, value: impl Into<MediaItem>) -> Self {
        self.media_item = Some(value.into());
        self
    }
    /// Sets [`media_item`](Self::media_item), or clears it with `None`.
    pub fn set_or_clear_media_item(mut self, value: Option<MediaItem>) -> Self {
        self.media_item = value;
        self
    }
    /// Sets [`status`](Self::status).
    pub fn set_status(mut self, value: impl Into<Status>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets [`status`](Self::status), or clears it with `None`.
    pub fn set_or_clear_status(mut self, value: Option<Status>) -> Self {
        self.status = value;
        self
    }
    /// Sets [`upload_token`](Self::upload_token).
    pub fn set_upload_token(mut self, value: impl Into<String>) -> Self {
        self.upload_token = Some(value.into());
        self
    }
    /// Sets [`upload_token`](Self::upload_token), or clears it with `None`.
    pub fn set_or_clear_upload_token(mut self, value: Option<String>) -> Self {
        self.upload_token = value;
        self
    }
}
/// Metadata that is specific to a photo, such as, ISO, focal length and exposure time. Some of these fields may be null or not included.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Photo {
    /// Aperture f number of the camera lens with which the photo was taken.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub aperture_f_number: Option<f32>,
    /// Brand of the camera with which the photo was taken.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub camera_make: Option<String>,
    /// Model of the camera with which the photo was taken.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub camera_model: Option<String>,
    /// Exposure time of the camera aperture when the photo was taken.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exposure_time: Option<rt::Duration>,
    /// Focal length of the camera lens with which the photo was taken.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub focal_length: Option<f32>,
    /// ISO of the camera with which the photo was taken.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iso_equivalent: Option<i32>,
}
impl Photo {
    /// Sets [`aperture_f_number`](Self::aperture_f_number).
    pub fn set_aperture_f_number(mut self, value: impl Into<f32>) -> Self {
        self.aperture_f_number = Some(value.into());
        self
    }
    /// Sets [`aperture_f_number`](Self::aperture_f_number), or clears it with `None`.
    pub fn set_or_clear_aperture_f_number(mut self, value: Option<f32>) -> Self {
        self.aperture_f_number = value;
        self
    }
    /// Sets [`camera_make`](Self::camera_make).
    pub fn set_camera_make(mut self, value: impl Into<String>) -> Self {
        self.camera_make = Some(value.into());
        self
    }
    /// Sets [`camera_make`](Self::camera_make), or clears it with `None`.
    pub fn set_or_clear_camera_make(mut self, value: Option<String>) -> Self {
        self.camera_make = value;
        self
    }
    /// Sets [`camera_model`](Self::camera_model).
    pub fn set_camera_model(mut self, value: impl Into<String>) -> Self {
        self.camera_model = Some(value.into());
        self
    }
    /// Sets [`camera_model`](Self::camera_model), or clears it with `None`.
    pub fn set_or_clear_camera_model(mut self, value: Option<String>) -> Self {
        self.camera_model = value;
        self
    }
    /// Sets [`exposure_time`](Self::exposure_time).
    pub fn set_exposure_time(mut self, value: impl Into<rt::Duration>) -> Self {
        self.exposure_time = Some(value.into());
        self
    }
    /// Sets [`exposure_time`](Self::exposure_time), or clears it with `None`.
    pub fn set_or_clear_exposure_time(mut self, value: Option<rt::Duration>) -> Self {
        self.exposure_time = value;
        self
    }
    /// Sets [`focal_length`](Self::focal_length).
    pub fn set_focal_length(mut self, value: impl Into<f32>) -> Self {
        self.focal_length = Some(value.into());
        self
    }
    /// Sets [`focal_length`](Self::focal_length), or clears it with `None`.
    pub fn set_or_clear_focal_length(mut self, value: Option<f32>) -> Self {
        self.focal_length = value;
        self
    }
    /// Sets [`iso_equivalent`](Self::iso_equivalent).
    pub fn set_iso_equivalent(mut self, value: impl Into<i32>) -> Self {
        self.iso_equivalent = Some(value.into());
        self
    }
    /// Sets [`iso_equivalent`](Self::iso_equivalent), or clears it with `None`.
    pub fn set_or_clear_iso_equivalent(mut self, value: Option<i32>) -> Self {
        self.iso_equivalent = value;
        self
    }
}
/// Request to search for media items in a user's library. If the album id is specified, this call will return the list of media items in the album. If neither filters nor album id are specified, this call will return all media items in a user's Google Photos library. If filters are specified, this call will return all media items in the user's library that fulfill the filter criteria. Filters and album id must not both be set, as this will result in an invalid request.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct SearchMediaItemsRequest {
    /// Identifier of an album. If populated, lists all media items in specified album. Can't set in conjunction with any filters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub album_id: Option<String>,
    /// Filters to apply to the request. Can't be set in conjunction with an `albumId`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<Filters>,
    /// An optional field to specify the sort order of the search results. The `orderBy` field only works when a dateFilter is used. When this field is not specified, results are displayed newest first, oldest last by their creationTime. Providing `MediaMetadata.creation_time` displays search results in the opposite order, oldest first then newest last. To display results newest first then oldest last, include the `desc` argument as follows: `MediaMetadata.creation_time desc`. The only additional filters that can be used with this parameter are includeArchivedMedia and excludeNonAppCreatedData. No other filters are supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_by: Option<String>,
    /// Maximum number of media items to return in the response. Fewer media items might be returned than the specified number. The default `pageSize` is 25, the maximum is 100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i32>,
    /// A continuation token to get the next page of the results. Adding this to the request returns the rows after the `pageToken`. The `pageToken` should be the value returned in the `nextPageToken` parameter in the response to the `searchMediaItems` request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
}
impl SearchMediaItemsRequest {
    /// Sets [`album_id`](Self::album_id).
    pub fn set_album_id(mut self, value: impl Into<String>) -> Self {
        self.album_id = Some(value.into());
        self
    }
    /// Sets [`album_id`](Self::album_id), or clears it with `None`.
    pub fn set_or_clear_album_id(mut self, value: Option<String>) -> Self {
        self.album_id = value;
        self
    }
    /// Sets [`filters`](Self::filters).
    pub fn set_filters(mut self, value: impl Into<Filters>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sets [`filters`](Self::filters), or clears it with `None`.
    pub fn set_or_clear_filters(mut self, value: Option<Filters>) -> Self {
        self.filters = value;
        self
    }
    /// Sets [`order_by`](Self::order_by).
    pub fn set_order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Sets [`order_by`](Self::order_by), or clears it with `None`.
    pub fn set_or_clear_order_by(mut self, value: Option<String>) -> Self {
        self.order_by = value;
        self
    }
    /// Sets [`page_size`](Self::page_size).
    pub fn set_page_size(mut self, value: impl Into<i32>) -> Self {
        self.page_size = Some(value.into());
        self
    }
    /// Sets [`page_size`](Self::page_size), or clears it with `None`.
    pub fn set_or_clear_page_size(mut self, value: Option<i32>) -> Self {
        self.page_size = value;
        self
    }
    /// Sets [`page_token`](Self::page_token).
    pub fn set_page_token(mut self, value: impl Into<String>) -> Self {
        self.page_token = Some(value.into());
        self
    }
    /// Sets [`page_token`](Self::page_token), or clears it with `None`.
    pub fn set_or_clear_page_token(mut self, value: Option<String>) -> Self {
        self.page_token = value;
        self
    }
}
/// List of media items that match the search parameters.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct SearchMediaItemsResponse {
    /// Output only. List of media items that match the search parameters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_items: Option<Vec<MediaItem>>,
    /// Output only. Use this token to get the next set of media items. Its presence is the only reliable indicator of more media items being available in the next request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
impl SearchMediaItemsResponse {
    /// Sets [`media_items`](Self::media_items).
    pub fn set_media_items<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<MediaItem>,
    {
        self.media_items = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`media_items`](Self::media_items), or clears it with `None`.
    pub fn set_or_clear_media_items(mut self, value: Option<Vec<MediaItem>>) -> Self {
        self.media_items = value;
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token), or clears it with `None`.
    pub fn set_or_clear_next_page_token(mut self, value: Option<String>) -> Self {
        self.next_page_token = value;
        self
    }
}
/// Request to make an album shared in Google Photos.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ShareAlbumRequest {
    /// Options to be set when converting the album to a shared album.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shared_album_options: Option<SharedAlbumOptions>,
}
impl ShareAlbumRequest {
    /// Sets [`shared_album_options`](Self::shared_album_options).
    pub fn set_shared_album_options(mut self, value: impl Into<SharedAlbumOptions>) -> Self {
        self.shared_album_options = Some(value.into());
        self
    }
    /// Sets [`shared_album_options`](Self::shared_album_options), or clears it with `None`.
    pub fn set_or_clear_shared_album_options(mut self, value: Option<SharedAlbumOptions>) -> Self {
        self.shared_album_options = value;
        self
    }
}
/// Response to successfully sharing an album.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ShareAlbumResponse {
    /// Output only. Information about the shared album.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_info: Option<ShareInfo>,
}
impl ShareAlbumResponse {
    /// Sets [`share_info`](Self::share_info).
    pub fn set_share_info(mut self, value: impl Into<ShareInfo>) -> Self {
        self.share_info = Some(value.into());
        self
    }
    /// Sets [`share_info`](Self::share_info), or clears it with `None`.
    pub fn set_or_clear_share_info(mut self, value: Option<ShareInfo>) -> Self {
        self.share_info = value;
        self
    }
}
/// Information about albums that are shared. This information is only included if you created the album, it is shared and you have the sharing scope.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ShareInfo {
    /// True if the album can be joined by users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_joinable: Option<bool>,
    /// True if the user is joined to the album. This is always true for the owner of the album.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_joined: Option<bool>,
    /// True if the user owns the album.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_owned: Option<bool>,
    /// A token that is used to join, leave, or retrieve the details of a shared album on behalf of a user who isn't the owner. A `shareToken` is invalidated if the owner turns off link sharing in the Google Photos app, or if the album is unshared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_token: Option<String>,
    /// A link to the shared Google Photos album. Anyone with the link can view the contents of the album, so it should be treated with care. The `shareableUrl` parameter is only returned if the album has link sharing turned on. If a user is already joined to an album that isn't link-shared, they can use the album's \[`productUrl`\](<https://developers.google.com/photos/library/reference/rest/v1/albums#Album>) to access it instead. A `shareableUrl` is invalidated if the owner turns off link sharing in the Google Photos app, or if the album is unshared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shareable_url: Option<String>,
    /// Options that control whether someone can add media items to, or comment on a shared album.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shared_album_options: Option<SharedAlbumOptions>,
}
impl ShareInfo {
    /// Sets [`is_joinable`](Self::is_joinable).
    pub fn set_is_joinable(mut self, value: impl Into<bool>) -> Self {
        self.is_joinable = Some(value.into());
        self
    }
    /// Sets [`is_joinable`](Self::is_joinable), or clears it with `None`.
    pub fn set_or_clear_is_joinable(mut self, value: Option<bool>) -> Self {
        self.is_joinable = value;
        self
    }
    /// Sets [`is_joined`](Self::is_joined).
    pub fn set_is_joined(mut self, value: impl Into<bool>) -> Self {
        self.is_joined = Some(value.into());
        self
    }
    /// Sets [`is_joined`](Self::is_joined), or clears it with `None`.
    pub fn set_or_clear_is_joined(mut self, value: Option<bool>) -> Self {
        self.is_joined = value;
        self
    }
    /// Sets [`is_owned`](Self::is_owned).
    pub fn set_is_owned(mut self, value: impl Into<bool>) -> Self {
        self.is_owned = Some(value.into());
        self
    }
    /// Sets [`is_owned`](Self::is_owned), or clears it with `None`.
    pub fn set_or_clear_is_owned(mut self, value: Option<bool>) -> Self {
        self.is_owned = value;
        self
    }
    /// Sets [`share_token`](Self::share_token).
    pub fn set_share_token(mut self, value: impl Into<String>) -> Self {
        self.share_token = Some(value.into());
        self
    }
    /// Sets [`share_token`](Self::share_token), or clears it with `None`.
    pub fn set_or_clear_share_token(mut self, value: Option<String>) -> Self {
        self.share_token = value;
        self
    }
    /// Sets [`shareable_url`](Self::shareable_url).
    pub fn set_shareable_url(mut self, value: impl Into<String>) -> Self {
        self.shareable_url = Some(value.into());
        self
    }
    /// Sets [`shareable_url`](Self::shareable_url), or clears it with `None`.
    pub fn set_or_clear_shareable_url(mut self, value: Option<String>) -> Self {
        self.shareable_url = value;
        self
    }
    /// Sets [`shared_album_options`](Self::shared_album_options).
    pub fn set_shared_album_options(mut self, value: impl Into<SharedAlbumOptions>) -> Self {
        self.shared_album_options = Some(value.into());
        self
    }
    /// Sets [`shared_album_options`](Self::shared_album_options), or clears it with `None`.
    pub fn set_or_clear_shared_album_options(mut self, value: Option<SharedAlbumOptions>) -> Self {
        self.shared_album_options = value;
        self
    }
}
/// Options that control the sharing of an album.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct SharedAlbumOptions {
    /// True if the shared album allows collaborators (users who have joined the album) to add media items to it. Defaults to false.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_collaborative: Option<bool>,
    /// True if the shared album allows collaborators (users who have joined the album) to add comments to the album. Defaults to false.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_commentable: Option<bool>,
}
impl SharedAlbumOptions {
    /// Sets [`is_collaborative`](Self::is_collaborative).
    pub fn set_is_collaborative(mut self, value: impl Into<bool>) -> Self {
        self.is_collaborative = Some(value.into());
        self
    }
    /// Sets [`is_collaborative`](Self::is_collaborative), or clears it with `None`.
    pub fn set_or_clear_is_collaborative(mut self, value: Option<bool>) -> Self {
        self.is_collaborative = value;
        self
    }
    /// Sets [`is_commentable`](Self::is_commentable).
    pub fn set_is_commentable(mut self, value: impl Into<bool>) -> Self {
        self.is_commentable = Some(value.into());
        self
    }
    /// Sets [`is_commentable`](Self::is_commentable), or clears it with `None`.
    pub fn set_or_clear_is_commentable(mut self, value: Option<bool>) -> Self {
        self.is_commentable = value;
        self
    }
}
/// A simple media item to be created in Google Photos via an upload token.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct SimpleMediaItem {
    /// File name with extension of the media item. This is shown to the user in Google Photos. The file name specified during the byte upload process is ignored if this field is set. The file name, including the file extension, shouldn't be more than 255 characters. This is an optional field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// Token identifying the media bytes that have been uploaded to Google.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upload_token: Option<String>,
}
impl SimpleMediaItem {
    /// Sets [`file_name`](Self::file_name).
    pub fn set_file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets [`file_name`](Self::file_name), or clears it with `None`.
    pub fn set_or_clear_file_name(mut self, value: Option<String>) -> Self {
        self.file_name = value;
        self
    }
    /// Sets [`upload_token`](Self::upload_token).
    pub fn set_upload_token(mut self, value: impl Into<String>) -> Self {
        self.upload_token = Some(value.into());
        self
    }
    /// Sets [`upload_token`](Self::upload_token), or clears it with `None`.
    pub fn set_or_clear_upload_token(mut self, value: Option<String>) -> Self {
        self.upload_token = value;
        self
    }
}
/// The `Status` type defines a logical error model that is suitable for different programming environments, including REST APIs and RPC APIs. It is used by \[gRPC\](<https://github.com/grpc>). Each `Status` message contains three pieces of data: error code, error message, and error details. You can find out more about this error model and how to work with it in the \[API Design Guide\](<https://cloud.google.com/apis/design/errors>).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Status {
    /// The status code, which should be an enum value of google.rpc.Code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<i32>,
    /// A list of messages that carry the error details. There is a common set of message types for APIs to use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<BTreeMap<String, serde_json::Value>>>,
    /// A developer-facing error message, which should be in English. Any user-facing error message should be localized and sent in the google.rpc.Status.details field, or localized by the client.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl Status {
    /// Sets [`code`](Self::code).
    pub fn set_code(mut self, value: impl Into<i32>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets [`code`](Self::code), or clears it with `None`.
    pub fn set_or_clear_code(mut self, value: Option<i32>) -> Self {
        self.code = value;
        self
    }
    /// Sets [`details`](Self::details).
    pub fn set_details<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<BTreeMap<String, serde_json::Value>>,
    {
        self.details = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`details`](Self::details), or clears it with `None`.
    pub fn set_or_clear_details(
        mut self,
        value: Option<Vec<BTreeMap<String, serde_json::Value>>>,
    ) -> Self {
        self.details = value;
        self
    }
    /// Sets [`message`](Self::message).
    pub fn set_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets [`message`](Self::message), or clears it with `None`.
    pub fn set_or_clear_message(mut self, value: Option<String>) -> Self {
        self.message = value;
        self
    }
}
/// An enrichment containing text.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct TextEnrichment {
    /// Text for this enrichment item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}
impl TextEnrichment {
    /// Sets [`text`](Self::text).
    pub fn set_text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets [`text`](Self::text), or clears it with `None`.
    pub fn set_or_clear_text(mut self, value: Option<String>) -> Self {
        self.text = value;
        self
    }
}
/// Request to unshare a shared album in Google Photos.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct UnshareAlbumRequest {}
/// Response of a successful unshare of a shared album.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct UnshareAlbumResponse {}
/// Metadata that is specific to a video, for example, fps and processing status. Some of these fields may be null or not included.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Video {
    /// Brand of the camera with which the video was taken.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub camera_make: Option<String>,
    /// Model of the camera with which the video was taken.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub camera_model: Option<String>,
    /// Frame rate of the video.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float64>>"
    )]
    pub fps: Option<f64>,
    /// Processing status of the video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<VideoStatus>,
}
impl Video {
    /// Sets [`camera_make`](Self::camera_make).
    pub fn set_camera_make(mut self, value: impl Into<String>) -> Self {
        self.camera_make = Some(value.into());
        self
    }
    /// Sets [`camera_make`](Self::camera_make), or clears it with `None`.
    pub fn set_or_clear_camera_make(mut self, value: Option<String>) -> Self {
        self.camera_make = value;
        self
    }
    /// Sets [`camera_model`](Self::camera_model).
    pub fn set_camera_model(mut self, value: impl Into<String>) -> Self {
        self.camera_model = Some(value.into());
        self
    }
    /// Sets [`camera_model`](Self::camera_model), or clears it with `None`.
    pub fn set_or_clear_camera_model(mut self, value: Option<String>) -> Self {
        self.camera_model = value;
        self
    }
    /// Sets [`fps`](Self::fps).
    pub fn set_fps(mut self, value: impl Into<f64>) -> Self {
        self.fps = Some(value.into());
        self
    }
    /// Sets [`fps`](Self::fps), or clears it with `None`.
    pub fn set_or_clear_fps(mut self, value: Option<f64>) -> Self {
        self.fps = value;
        self
    }
    /// Sets [`status`](Self::status).
    pub fn set_status(mut self, value: impl Into<VideoStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets [`status`](Self::status), or clears it with `None`.
    pub fn set_or_clear_status(mut self, value: Option<VideoStatus>) -> Self {
        self.status = value;
        self
    }
}
/// Processing status of the video.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VideoStatus {
    /// Video processing status is unknown.
    Unspecified,
    /// Video is being processed. The user sees an icon for this video in the Google Photos app; however, it isn't playable yet.
    Processing,
    /// Video processing is complete and it is now ready for viewing. Important: attempting to download a video not in the READY state may fail.
    Ready,
    /// Something has gone wrong and the video has failed to process.
    Failed,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl VideoStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unspecified => "UNSPECIFIED",
            Self::Processing => "PROCESSING",
            Self::Ready => "READY",
            Self::Failed => "FAILED",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for VideoStatus {
    fn from(value: &str) -> Self {
        match value {
            "UNSPECIFIED" => Self::Unspecified,
            "PROCESSING" => Self::Processing,
            "READY" => Self::Ready,
            "FAILED" => Self::Failed,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for VideoStatus {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
        }
    }
}
impl std::fmt::Display for VideoStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for VideoStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VideoStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
impl rt::Page for ListAlbumsResponse {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for ListMediaItemsResponse {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for ListSharedAlbumsResponse {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for SearchMediaItemsResponse {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
