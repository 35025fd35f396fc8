<?php
/**
 * Email Footer
 *
 * This template can be overridden by copying it to yourtheme/woocommerce/emails/email-footer.php.
 *
 * HOWEVER, on occasion WooCommerce will need to update template files and you
 * (the theme developer) will need to copy the new files to your theme to
 * maintain compatibility. We try to do this as little as possible, but it does
 * happen. When this occurs the version of the template file will be bumped and
 * the readme will list any important changes.
 *
 * @see https://docs.woocommerce.com/document/template-structure/
 * @package WooCommerce/Templates/Emails
 * @version 3.7.0
 */

defined( 'ABSPATH' ) || exit;
?>
															</div>
														</td>
													</tr>
												</table>
												<!-- End Content -->
											</td>
										</tr>
									</table>
									<!-- End Body -->
								</td>
							</tr>
						</table>
					</td>
				</tr>
				<tr>
					<td align="center" valign="top">
						<!-- Footer -->
						<table border="0" cellpadding="10" cellspacing="0" width="612" id="template_footer">
							<tr>
								<td valign="top">
									<table border="0" cellpadding="10" cellspacing="0" width="100%">
										<tr>
											<td colspan="2" valign="middle" id="credit">
												<!-- <?php // echo wp_kses_post( wpautop( wptexturize( apply_filters( 'woocommerce_email_footer_text', get_option( 'woocommerce_email_footer_text' ) ) ) ) ); ?> -->
												<div class="email-footer" style="background-color: rgba(156,175,134,.75); padding: 30px 70px;">
													<p style="color: #000;text-align:center;font-family: 'Poppins', sans-serif; font-style: normal; font-weight: normal; font-size: 11px; line-height: 15px;">
														To make sure <a href="https://goodwellness.ca/" target="_blank">GoodWellness.ca</a> reaches your mail inbox and not your junk mail, add
														support@goodwellness.ca and info@goodwellness.ca to your address book.
													</p>
													<p style="color: #000;text-align:center;font-family: 'Poppins', sans-serif; font-style: normal; font-weight: normal; font-size: 11px; line-height: 15px;">
														Any information shared with GoodWellness.ca will be handled in accordance with our <a
														target="_blank" href="https://goodwellness.ca/privacy-policy">privacy policy</a>. To modify your communication preferences, click <a
														target="_blank" href="https://goodwellness.ca/my-account/" target="_blank">here</a>.
													</p>
													<p style="color: #000;text-align:center;font-family: 'Poppins', sans-serif; font-style: normal; font-weight: normal; font-size: 11px; line-height: 15px;">
														Mailing address: Suite 75, 4338 Innes Road, Orleans, Ontario, K4A 3W3.
													</p>
													<p style="color: #000;text-align:center;font-family: 'Poppins', sans-serif; font-style: normal; font-weight: normal; font-size: 11px; line-height: 15px;">
														@2020 GoodWellness.ca. All rights reserved.
													</p>
												</div>
											</td>
										</tr>
									</table>
								</td>
							</tr>
						</table>
						<!-- End Footer -->
					</td>
				</tr>
			</table>
		</div>
	</body>
</html>
