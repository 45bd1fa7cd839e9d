//! Request and response types of the Photos Library API, one per schema of the Discovery document.
use crate::rt;
use std::collections::BTreeMap;
/// Request to add an enrichment to a specific album at a specific position.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddEnrichmentToAlbumRequest {
    /// Required. The position in the album where the enrichment is to be inserted.
    #[serde(
        rename = "albumPosition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub album_position: Option<AlbumPosition>,
    /// Required. The enrichment to be added.
    #[serde(
        rename = "newEnrichmentItem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub new_enrichment_item: Option<NewEnrichmentItem>,
}
/// The enrichment item that's created.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddEnrichmentToAlbumResponse {
    /// Output only. Enrichment which was added.
    #[serde(
        rename = "enrichmentItem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enrichment_item: Option<EnrichmentItem>,
}
/// Representation of an album in Google Photos. Albums are containers for media items. If an album has been shared by the application, it contains an extra `shareInfo` property.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Album {
    /// \[Output only\] A URL to the cover photo's bytes. This shouldn't be used as is. Parameters should be appended to this URL before use. See the \[developer documentation\](<https://developers.google.com/photos/library/guides/access-media-items#base-urls>) for a complete list of supported parameters. For example, `'=w2048-h1024'` sets the dimensions of the cover photo to have a width of 2048 px and height of 1024 px.
    #[serde(
        rename = "coverPhotoBaseUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cover_photo_base_url: Option<String>,
    /// Identifier for the media item associated with the cover photo.
    #[serde(
        rename = "coverPhotoMediaItemId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cover_photo_media_item_id: Option<String>,
    /// Identifier for the album. This is a persistent identifier that can be used between sessions to identify this album.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// \[Output only\] True if you can create media items in this album. This field is based on the scopes granted and permissions of the album. If the scopes are changed or permissions of the album are changed, this field is updated.
    #[serde(
        rename = "isWriteable",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_writeable: Option<bool>,
    /// \[Output only\] The number of media items in the album.
    #[serde(
        rename = "mediaItemsCount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub media_items_count: Option<i64>,
    /// \[Output only\] Google Photos URL for the album. The user needs to be signed in to their Google Photos account to access this link.
    #[serde(
        rename = "productUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub product_url: Option<String>,
    /// \[Output only\] Information related to shared albums. This field is only populated if the album is a shared album, the developer created the album and the user has granted the `photoslibrary.sharing` scope.
    #[serde(rename = "shareInfo", default, skip_serializing_if = "Option::is_none")]
    pub share_info: Option<ShareInfo>,
    /// Name of the album displayed to the user in their Google Photos account. This string shouldn't be more than 500 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}
/// Specifies a position in an album.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AlbumPosition {
    /// Type of position, for a media or enrichment item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<AlbumPositionPosition>,
    /// The enrichment item to which the position is relative to. Only used when position type is AFTER_ENRICHMENT_ITEM.
    #[serde(
        rename = "relativeEnrichmentItemId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub relative_enrichment_item_id: Option<String>,
    /// The media item to which the position is relative to. Only used when position type is AFTER_MEDIA_ITEM.
    #[serde(
        rename = "relativeMediaItemId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub relative_media_item_id: Option<String>,
}
/// Type of position, for a media or enrichment item.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
        match value.as_str() {
            "POSITION_TYPE_UNSPECIFIED" => Self::PositionTypeUnspecified,
            "FIRST_IN_ALBUM" => Self::FirstInAlbum,
            "LAST_IN_ALBUM" => Self::LastInAlbum,
            "AFTER_MEDIA_ITEM" => Self::AfterMediaItem,
            "AFTER_ENRICHMENT_ITEM" => Self::AfterEnrichmentItem,
            _ => Self::UnknownValue(value),
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
pub struct BatchAddMediaItemsToAlbumRequest {
    /// Required. Identifiers of the MediaItems to be added. The maximum number of media items that can be added in one call is 50.
    #[serde(
        rename = "mediaItemIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub media_item_ids: Option<Vec<String>>,
}
/// Response for adding media items to an album.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BatchAddMediaItemsToAlbumResponse {}
/// Request to create one or more media items in a user's Google Photos library. If an `albumid` is specified, the media items are also added to that album. `albumPosition` is optional and can only be specified if an `albumId` is set.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BatchCreateMediaItemsRequest {
    /// Identifier of the album where the media items are added. The media items are also added to the user's library. This is an optional field.
    #[serde(rename = "albumId", default, skip_serializing_if = "Option::is_none")]
    pub album_id: Option<String>,
    /// Position in the album where the media items are added. If not specified, the media items are added to the end of the album (as per the default value, that is, `LAST_IN_ALBUM`). The request fails if this field is set and the `albumId` is not specified. The request will also fail if you set the field and are not the owner of the shared album.
    #[serde(
        rename = "albumPosition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub album_position: Option<AlbumPosition>,
    /// Required. List of media items to be created. Maximum 50 media items per call.
    #[serde(
        rename = "newMediaItems",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub new_media_items: Option<Vec<NewMediaItem>>,
}
/// List of media items created.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BatchCreateMediaItemsResponse {
    /// Output only. List of media items created.
    #[serde(
        rename = "newMediaItemResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub new_media_item_results: Option<Vec<NewMediaItemResult>>,
}
/// Response to retrieve a list of media items.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BatchGetMediaItemsResponse {
    /// Output only. List of media items retrieved. Note that even if the call to BatchGetMediaItems succeeds, there may have been failures for some media items in the batch. These failures are indicated in each MediaItemResult.status.
    #[serde(
        rename = "mediaItemResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub media_item_results: Option<Vec<MediaItemResult>>,
}
/// Request to remove a list of media items from an album.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BatchRemoveMediaItemsFromAlbumRequest {
    /// Required. Identifiers of the MediaItems to be removed. Must not contain repeated identifiers and cannot be empty. The maximum number of media items that can be removed in one call is 50.
    #[serde(
        rename = "mediaItemIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub media_item_ids: Option<Vec<String>>,
}
/// Response for successfully removing all specified media items from the album.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BatchRemoveMediaItemsFromAlbumResponse {}
/// This filter allows you to return media items based on the content type. It's possible to specify a list of categories to include, and/or a list of categories to exclude. Within each list, the categories are combined with an OR. The content filter `includedContentCategories`: \[c1, c2, c3\] would get media items that contain (c1 OR c2 OR c3). The content filter `excludedContentCategories`: \[c1, c2, c3\] would NOT get media items that contain (c1 OR c2 OR c3). You can also include some categories while excluding others, as in this example: `includedContentCategories`: \[c1, c2\], `excludedContentCategories`: \[c3, c4\] The previous example would get media items that contain (c1 OR c2) AND NOT (c3 OR c4). A category that appears in `includedContentategories` must not appear in `excludedContentCategories`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContentFilter {
    /// The set of categories which are not to be included in the media item search results. The items in the set are ORed. There's a maximum of 10 `excludedContentCategories` per request.
    #[serde(
        rename = "excludedContentCategories",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub excluded_content_categories: Option<Vec<ContentFilterExcludedContentCategoriesItem>>,
    /// The set of categories to be included in the media item search results. The items in the set are ORed. There's a maximum of 10 `includedContentCategories` per request.
    #[serde(
        rename = "includedContentCategories",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub included_content_categories: Option<Vec<ContentFilterIncludedContentCategoriesItem>>,
}
/// The `ContentFilter.properties.excludedContentCategories.items` schema.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
        match value.as_str() {
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
            _ => Self::UnknownValue(value),
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
        match value.as_str() {
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
            _ => Self::UnknownValue(value),
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
pub struct ContributorInfo {
    /// Display name of the contributor.
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name: Option<String>,
    /// URL to the profile picture of the contributor.
    #[serde(
        rename = "profilePictureBaseUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub profile_picture_base_url: Option<String>,
}
/// Request to create an album in Google Photos.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateAlbumRequest {
    /// Required. The album to be created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub album: Option<Album>,
}
/// Represents a whole calendar date. Set `day` to 0 when only the month and year are significant, for example, all of December 2018. Set `day` and `month` to 0 if only the year is significant, for example, the entire of 2018. Set `year` to 0 when only the day and month are significant, for example, an anniversary or birthday. Unsupported: Setting all values to 0, only `month` to 0, or both `day` and `year` to 0 at the same time.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Date {
    /// Day of month. Must be from 1 to 31 and valid for the year and month, or 0 if specifying a year/month where the day isn't significant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<i32>,
    /// Month of a year. Must be from 1 to 12, or 0 to specify a year without a month and day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<i32>,
    /// Year of the date. Must be from 1 to 9999, or 0 to specify a date without a year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}
/// This filter defines the allowed dates or date ranges for the media returned. It's possible to pick a set of specific dates and a set of date ranges. Media items uploaded without metadata specifying the date the media item was captured will not be returned in queries using date filters. Google Photos server upload time is not used as a fallback in this case.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DateFilter {
    /// List of dates that match the media items' creation date. A maximum of 5 dates can be included per request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dates: Option<Vec<Date>>,
    /// List of dates ranges that match the media items' creation date. A maximum of 5 dates ranges can be included per request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ranges: Option<Vec<DateRange>>,
}
/// Defines a range of dates. Both dates must be of the same format. For more information, see Date.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DateRange {
    /// The end date (included as part of the range). It must be specified in the same format as the start date.
    #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<Date>,
    /// The start date (included as part of the range) in one of the formats described.
    #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
}
/// An enrichment item.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EnrichmentItem {
    /// Identifier of the enrichment item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
/// This filter defines the features that the media items should have.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FeatureFilter {
    /// The set of features to be included in the media item search results. The items in the set are ORed and may match any of the specified features.
    #[serde(
        rename = "includedFeatures",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub included_features: Option<Vec<FeatureFilterIncludedFeaturesItem>>,
}
/// The `FeatureFilter.properties.includedFeatures.items` schema.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
        match value.as_str() {
            "NONE" => Self::None,
            "FAVORITES" => Self::Favorites,
            _ => Self::UnknownValue(value),
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
pub struct Filters {
    /// Filters the media items based on their content.
    #[serde(
        rename = "contentFilter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub content_filter: Option<ContentFilter>,
    /// Filters the media items based on their creation date.
    #[serde(
        rename = "dateFilter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub date_filter: Option<DateFilter>,
    /// If set, the results exclude media items that were not created by this app. Defaults to false (all media items are returned). This field is ignored if the photoslibrary.readonly.appcreateddata scope is used.
    #[serde(
        rename = "excludeNonAppCreatedData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub exclude_non_app_created_data: Option<bool>,
    /// Filters the media items based on their features.
    #[serde(
        rename = "featureFilter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub feature_filter: Option<FeatureFilter>,
    /// If set, the results include media items that the user has archived. Defaults to false (archived media items aren't included).
    #[serde(
        rename = "includeArchivedMedia",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub include_archived_media: Option<bool>,
    /// Filters the media items based on the type of media.
    #[serde(
        rename = "mediaTypeFilter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub media_type_filter: Option<MediaTypeFilter>,
}
/// Request to join a shared album on behalf of the user. This uses a shareToken which can be acquired via the shareAlbum or listSharedAlbums calls.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JoinSharedAlbumRequest {
    /// Required. Token to join the shared album on behalf of the user.
    #[serde(
        rename = "shareToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub share_token: Option<String>,
}
/// Response to successfully joining the shared album on behalf of the user.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JoinSharedAlbumResponse {
    /// Shared album that the user has joined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub album: Option<Album>,
}
/// An object that represents a latitude/longitude pair. This is expressed as a pair of doubles to represent degrees latitude and degrees longitude. Unless specified otherwise, this object must conform to the WGS84 standard. Values must be within normalized ranges.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LatLng {
    /// The latitude in degrees. It must be in the range \[-90.0, +90.0\].
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float64>>"
    )]
    pub latitude: Option<f64>,
    /// The longitude in degrees. It must be in the range \[-180.0, +180.0\].
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float64>>"
    )]
    pub longitude: Option<f64>,
}
/// Request to leave a shared album on behalf of the user. This uses a shareToken which can be acquired via the or listSharedAlbums or getAlbum calls.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LeaveSharedAlbumRequest {
    /// Required. Token to leave the shared album on behalf of the user.
    #[serde(
        rename = "shareToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub share_token: Option<String>,
}
/// Response to successfully leaving the shared album on behalf of the user.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LeaveSharedAlbumResponse {}
/// List of albums requested.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListAlbumsResponse {
    /// Output only. List of albums shown in the Albums tab of the user's Google Photos app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub albums: Option<Vec<Album>>,
    /// Output only. Token to use to get the next set of albums. Populated if there are more albums to retrieve for this request.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
}
/// List of all media items from the user's Google Photos library.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListMediaItemsResponse {
    /// Output only. List of media items in the user's library.
    #[serde(
        rename = "mediaItems",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub media_items: Option<Vec<MediaItem>>,
    /// Output only. Token to use to get the next set of media items. Its presence is the only reliable indicator of more media items being available in the next request.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
}
/// List of shared albums requested.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListSharedAlbumsResponse {
    /// Output only. Token to use to get the next set of shared albums. Populated if there are more shared albums to retrieve for this request.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
    /// Output only. List of shared albums.
    #[serde(
        rename = "sharedAlbums",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shared_albums: Option<Vec<Album>>,
}
/// Represents a physical location.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Location {
    /// Position of the location on the map.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latlng: Option<LatLng>,
    /// Name of the location to be displayed.
    #[serde(
        rename = "locationName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub location_name: Option<String>,
}
/// An enrichment containing a single location.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LocationEnrichment {
    /// Location for this enrichment item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}
/// An enrichment containing a map, showing origin and destination locations.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MapEnrichment {
    /// Destination location for this enrichemt item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<Location>,
    /// Origin location for this enrichment item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Location>,
}
/// Representation of a media item (such as a photo or video) in Google Photos.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MediaItem {
    /// A URL to the media item's bytes. This shouldn't be used as is. Parameters should be appended to this URL before use. See the \[developer documentation\](<https://developers.google.com/photos/library/guides/access-media-items#base-urls>) for a complete list of supported parameters. For example, `'=w2048-h1024'` will set the dimensions of a media item of type photo to have a width of 2048 px and height of 1024 px.
    #[serde(rename = "baseUrl", default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Information about the user who added this media item. Note that this is only included when using mediaItems.search with the ID of a shared album. The album must be created by your app and you must have the sharing scope.
    #[serde(
        rename = "contributorInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub contributor_info: Option<ContributorInfo>,
    /// Description of the media item. This is shown to the user in the item's info section in the Google Photos app. Must be shorter than 1000 characters. Only include text written by users. Descriptions should add context and help users understand media. Do not include any auto-generated strings such as filenames, tags, and other metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Filename of the media item. This is shown to the user in the item's info section in the Google Photos app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// Identifier for the media item. This is a persistent identifier that can be used between sessions to identify this media item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Metadata related to the media item, such as, height, width, or creation time.
    #[serde(
        rename = "mediaMetadata",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub media_metadata: Option<MediaMetadata>,
    /// MIME type of the media item. For example, `image/jpeg`.
    #[serde(rename = "mimeType", default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// Google Photos URL for the media item. This link is available to the user only if they're signed in. When retrieved from an album search, the URL points to the item inside the album.
    #[serde(
        rename = "productUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub product_url: Option<String>,
}
/// Result of retrieving a media item.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MediaItemResult {
    /// Media item retrieved from the user's library. It's populated if no errors occurred and the media item was fetched successfully.
    #[serde(rename = "mediaItem", default, skip_serializing_if = "Option::is_none")]
    pub media_item: Option<MediaItem>,
    /// If an error occurred while accessing this media item, this field is populated with information related to the error. For details regarding this field, see Status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
}
/// Metadata for a media item.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MediaMetadata {
    /// Time when the media item was first created (not when it was uploaded to Google Photos).
    #[serde(
        rename = "creationTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub creation_time: Option<rt::Timestamp>,
    /// Original height (in pixels) of the media item.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub height: Option<i64>,
    /// Metadata for a photo media type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<Photo>,
    /// Metadata for a video media type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video: Option<Video>,
    /// Original width (in pixels) of the media item.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub width: Option<i64>,
}
/// This filter defines the type of media items to be returned, for example, videos or photos. Only one media type is supported.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MediaTypeFilter {
    /// The types of media items to be included. This field should be populated with only one media type. If you specify multiple media types, it results in an error.
    #[serde(
        rename = "mediaTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub media_types: Option<Vec<MediaTypeFilterMediaTypesItem>>,
}
/// The `MediaTypeFilter.properties.mediaTypes.items` schema.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
        match value.as_str() {
            "ALL_MEDIA" => Self::AllMedia,
            "VIDEO" => Self::Video,
            "PHOTO" => Self::Photo,
            _ => Self::UnknownValue(value),
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
pub struct NewEnrichmentItem {
    /// Location to be added to the album.
    #[serde(
        rename = "locationEnrichment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub location_enrichment: Option<LocationEnrichment>,
    /// Map to be added to the album.
    #[serde(
        rename = "mapEnrichment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub map_enrichment: Option<MapEnrichment>,
    /// Text to be added to the album.
    #[serde(
        rename = "textEnrichment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub text_enrichment: Option<TextEnrichment>,
}
/// New media item that's created in a user's Google Photos account.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NewMediaItem {
    /// Description of the media item. This is shown to the user in the item's info section in the Google Photos app. Must be shorter than 1000 characters. Only include text written by users. Descriptions should add context and help users understand media. Do not include any auto-generated strings such as filenames, tags, and other metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A new media item that has been uploaded via the included `uploadToken`.
    #[serde(
        rename = "simpleMediaItem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub simple_media_item: Option<SimpleMediaItem>,
}
/// Result of creating a new media item.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NewMediaItemResult {
    /// Media item created with the upload token. It's populated if no errors occurred and the media item was created successfully.
    #[serde(rename = "mediaItem", default, skip_serializing_if = "Option::is_none")]
    pub media_item: Option<MediaItem>,
    /// If an error occurred during the creation of this media item, this field is populated with information related to the error. For details regarding this field, see Status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// The upload token used to create this new (simple) media item. Only populated if the media item is simple and required a single upload token.
    #[serde(
        rename = "uploadToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub upload_token: Option<String>,
}
/// Metadata that is specific to a photo, such as, ISO, focal length and exposure time. Some of these fields may be null or not included.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Photo {
    /// Aperture f number of the camera lens with which the photo was taken.
    #[serde(
        rename = "apertureFNumber",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub aperture_f_number: Option<f32>,
    /// Brand of the camera with which the photo was taken.
    #[serde(
        rename = "cameraMake",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub camera_make: Option<String>,
    /// Model of the camera with which the photo was taken.
    #[serde(
        rename = "cameraModel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub camera_model: Option<String>,
    /// Exposure time of the camera aperture when the photo was taken.
    #[serde(
        rename = "exposureTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub exposure_time: Option<rt::Duration>,
    /// Focal length of the camera lens with which the photo was taken.
    #[serde(
        rename = "focalLength",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub focal_length: Option<f32>,
    /// ISO of the camera with which the photo was taken.
    #[serde(
        rename = "isoEquivalent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub iso_equivalent: Option<i32>,
}
/// Request to search for media items in a user's library. If the album id is specified, this call will return the list of media items in the album. If neither filters nor album id are specified, this call will return all media items in a user's Google Photos library. If filters are specified, this call will return all media items in the user's library that fulfill the filter criteria. Filters and album id must not both be set, as this will result in an invalid request.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchMediaItemsRequest {
    /// Identifier of an album. If populated, lists all media items in specified album. Can't set in conjunction with any filters.
    #[serde(rename = "albumId", default, skip_serializing_if = "Option::is_none")]
    pub album_id: Option<String>,
    /// Filters to apply to the request. Can't be set in conjunction with an `albumId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Filters>,
    /// An optional field to specify the sort order of the search results. The `orderBy` field only works when a dateFilter is used. When this field is not specified, results are displayed newest first, oldest last by their creationTime. Providing `MediaMetadata.creation_time` displays search results in the opposite order, oldest first then newest last. To display results newest first then oldest last, include the `desc` argument as follows: `MediaMetadata.creation_time desc`. The only additional filters that can be used with this parameter are includeArchivedMedia and excludeNonAppCreatedData. No other filters are supported.
    #[serde(rename = "orderBy", default, skip_serializing_if = "Option::is_none")]
    pub order_by: Option<String>,
    /// Maximum number of media items to return in the response. Fewer media items might be returned than the specified number. The default `pageSize` is 25, the maximum is 100.
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i32>,
    /// A continuation token to get the next page of the results. Adding this to the request returns the rows after the `pageToken`. The `pageToken` should be the value returned in the `nextPageToken` parameter in the response to the `searchMediaItems` request.
    #[serde(rename = "pageToken", default, skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
}
/// List of media items that match the search parameters.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchMediaItemsResponse {
    /// Output only. List of media items that match the search parameters.
    #[serde(
        rename = "mediaItems",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub media_items: Option<Vec<MediaItem>>,
    /// Output only. Use this token to get the next set of media items. Its presence is the only reliable indicator of more media items being available in the next request.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
}
/// Request to make an album shared in Google Photos.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShareAlbumRequest {
    /// Options to be set when converting the album to a shared album.
    #[serde(
        rename = "sharedAlbumOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shared_album_options: Option<SharedAlbumOptions>,
}
/// Response to successfully sharing an album.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShareAlbumResponse {
    /// Output only. Information about the shared album.
    #[serde(rename = "shareInfo", default, skip_serializing_if = "Option::is_none")]
    pub share_info: Option<ShareInfo>,
}
/// Information about albums that are shared. This information is only included if you created the album, it is shared and you have the sharing scope.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShareInfo {
    /// True if the album can be joined by users.
    #[serde(
        rename = "isJoinable",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_joinable: Option<bool>,
    /// True if the user is joined to the album. This is always true for the owner of the album.
    #[serde(rename = "isJoined", default, skip_serializing_if = "Option::is_none")]
    pub is_joined: Option<bool>,
    /// True if the user owns the album.
    #[serde(rename = "isOwned", default, skip_serializing_if = "Option::is_none")]
    pub is_owned: Option<bool>,
    /// A token that is used to join, leave, or retrieve the details of a shared album on behalf of a user who isn't the owner. A `shareToken` is invalidated if the owner turns off link sharing in the Google Photos app, or if the album is unshared.
    #[serde(
        rename = "shareToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub share_token: Option<String>,
    /// A link to the shared Google Photos album. Anyone with the link can view the contents of the album, so it should be treated with care. The `shareableUrl` parameter is only returned if the album has link sharing turned on. If a user is already joined to an album that isn't link-shared, they can use the album's \[`productUrl`\](<https://developers.google.com/photos/library/reference/rest/v1/albums#Album>) to access it instead. A `shareableUrl` is invalidated if the owner turns off link sharing in the Google Photos app, or if the album is unshared.
    #[serde(
        rename = "shareableUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shareable_url: Option<String>,
    /// Options that control whether someone can add media items to, or comment on a shared album.
    #[serde(
        rename = "sharedAlbumOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shared_album_options: Option<SharedAlbumOptions>,
}
/// Options that control the sharing of an album.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SharedAlbumOptions {
    /// True if the shared album allows collaborators (users who have joined the album) to add media items to it. Defaults to false.
    #[serde(
        rename = "isCollaborative",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_collaborative: Option<bool>,
    /// True if the shared album allows collaborators (users who have joined the album) to add comments to the album. Defaults to false.
    #[serde(
        rename = "isCommentable",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_commentable: Option<bool>,
}
/// A simple media item to be created in Google Photos via an upload token.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SimpleMediaItem {
    /// File name with extension of the media item. This is shown to the user in Google Photos. The file name specified during the byte upload process is ignored if this field is set. The file name, including the file extension, shouldn't be more than 255 characters. This is an optional field.
    #[serde(rename = "fileName", default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// Token identifying the media bytes that have been uploaded to Google.
    #[serde(
        rename = "uploadToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub upload_token: Option<String>,
}
/// The `Status` type defines a logical error model that is suitable for different programming environments, including REST APIs and RPC APIs. It is used by \[gRPC\](<https://github.com/grpc>). Each `Status` message contains three pieces of data: error code, error message, and error details. You can find out more about this error model and how to work with it in the \[API Design Guide\](<https://cloud.google.com/apis/design/errors>).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Status {
    /// The status code, which should be an enum value of google.rpc.Code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<i32>,
    /// A list of messages that carry the error details. There is a common set of message types for APIs to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<BTreeMap<String, serde_json::Value>>>,
    /// A developer-facing error message, which should be in English. Any user-facing error message should be localized and sent in the google.rpc.Status.details field, or localized by the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// An enrichment containing text.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TextEnrichment {
    /// Text for this enrichment item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}
/// Request to unshare a shared album in Google Photos.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UnshareAlbumRequest {}
/// Response of a successful unshare of a shared album.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UnshareAlbumResponse {}
/// Metadata that is specific to a video, for example, fps and processing status. Some of these fields may be null or not included.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Video {
    /// Brand of the camera with which the video was taken.
    #[serde(
        rename = "cameraMake",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub camera_make: Option<String>,
    /// Model of the camera with which the video was taken.
    #[serde(
        rename = "cameraModel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub camera_model: Option<String>,
    /// Frame rate of the video.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float64>>"
    )]
    pub fps: Option<f64>,
    /// Processing status of the video.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<VideoStatus>,
}
/// Processing status of the video.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
        match value.as_str() {
            "UNSPECIFIED" => Self::Unspecified,
            "PROCESSING" => Self::Processing,
            "READY" => Self::Ready,
            "FAILED" => Self::Failed,
            _ => Self::UnknownValue(value),
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
